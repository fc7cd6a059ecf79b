import type { CategoryRisk, EvidenceSpan, RiskCategory, RiskResult } from '@tenor/contracts';
import { RISK_CATEGORY_ORDER } from './risk-categories';
import { combineScores } from './combine-scores';
import type { RiskDetector, RiskFinding, RiskInput } from './risk-types';

/** Category scores are rounded to thousandths, so results are stable to compare and store. */
const SCORE_PRECISION = 1000;

/**
 * Runs every detector on the input and turns their findings into per-category verdicts: score = combineScores of the
 * findings, flagged when score ≥ the category's threshold, evidence = the findings' spans (deduplicated, in text
 * order). The overall risk is the highest category score, flagged when any category is.
 */
export class RiskEvaluator {
  constructor(
    private readonly detectors: readonly RiskDetector[],
    private readonly flagThresholds: Readonly<Record<RiskCategory, number>>,
  ) {}

  /** Evaluates one comment. */
  evaluate(input: RiskInput): RiskResult {
    const findingsByCategory = new Map<RiskCategory, RiskFinding[]>(
      RISK_CATEGORY_ORDER.map((category) => [category, []]),
    );
    for (const detector of this.detectors) {
      for (const finding of detector.evaluate(input)) findingsByCategory.get(finding.category)?.push(finding);
    }
    const categories = {} as Record<RiskCategory, CategoryRisk>;
    let score = 0;
    let isFlagged = false;
    for (const category of RISK_CATEGORY_ORDER) {
      const findings = findingsByCategory.get(category) ?? [];
      const categoryScore = round(combineScores(findings.map((finding) => finding.score)));
      const isCategoryFlagged = findings.length > 0 && categoryScore >= this.flagThresholds[category];
      categories[category] = {
        score: categoryScore,
        flagged: isCategoryFlagged,
        evidence: toEvidence(findings, input.original),
      };
      if (categoryScore > score) score = categoryScore;
      if (isCategoryFlagged) isFlagged = true;
    }
    return { score, flagged: isFlagged, categories };
  }
}

function toEvidence(findings: readonly RiskFinding[], original: string): EvidenceSpan[] {
  const seen = new Set<string>();
  const evidence: EvidenceSpan[] = [];
  for (const finding of [...findings].sort((a, b) => a.start - b.start || b.score - a.score)) {
    const key = `${finding.start}:${finding.end}:${finding.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({
      start: finding.start,
      end: finding.end,
      text: original.slice(finding.start, finding.end),
      rule: finding.rule,
    });
  }
  return evidence;
}

function round(value: number): number {
  return Math.round(value * SCORE_PRECISION) / SCORE_PRECISION;
}
