import { buildRiskInputFromText } from './risk-input';
import type { RiskDetector, RiskFinding } from './risk-types';

/** Runs one detector on a text. */
export function findingsOf(detector: RiskDetector, text: string): RiskFinding[] {
  return detector.evaluate(buildRiskInputFromText(text));
}

/** The strongest finding's score (0 without findings). */
export function strongest(findings: readonly RiskFinding[]): number {
  return findings.reduce((best, finding) => Math.max(best, finding.score), 0);
}

/** The original text each finding points at. */
export function evidenceTexts(text: string, findings: readonly RiskFinding[]): string[] {
  return findings.map((finding) => text.slice(finding.start, finding.end));
}
