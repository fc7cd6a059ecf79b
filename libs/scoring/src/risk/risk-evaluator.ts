import type { CategoryRisk, EvidenceSpan, Language, RiskCategory, RiskResult } from '@tenor/contracts';
import type { OffenseWordMemos } from '../model/offense-features';
import type { ToneScores } from '../sentiment/german-tone';
import { RISK_CATEGORY_ORDER } from './risk-categories';
import { combineScores } from './combine-scores';
import type { RiskDetector, RiskFinding, RiskInput } from './risk-types';

/** Category scores are rounded to thousandths, so results are stable to compare and store. */
const SCORE_PRECISION = 1000;

/** What the scorer knows about a comment besides the detectors' input: its language and tone. */
export interface RiskContext {
  readonly language: Language;
  readonly tone: ToneScores;
  /** Optional, for the words of the input: the offense model's memory of each word (the scorer keeps it with the word). */
  readonly offenseWordMemos?: OffenseWordMemos;
}

/** A signal's verdict: a score on its category's 0..1 scale, and the evidence behind it, built only when asked for. */
export interface RiskSignalVerdict {
  readonly score: number;
  evidence(): RiskFinding[];
}

/**
 * A second opinion on one category after the detectors, such as a learned model: it sees the detectors' input, their
 * findings and the context, and scores the category on the same scale (at the flag threshold it flags).
 */
export interface RiskSignal {
  readonly id: string;
  readonly category: RiskCategory;
  /** The highest score the signal ever gives; where the detectors score its category this high already, it is not asked. */
  readonly maxScore?: number;
  evaluate(
    input: RiskInput,
    detectorFindings: readonly RiskFinding[],
    context: RiskContext,
  ): RiskSignalVerdict;
}

/**
 * Runs every detector on the input and turns their findings into per-category verdicts: score = combineScores of the
 * findings, flagged when score ≥ the category's threshold, evidence = the findings' spans (deduplicated, in text
 * order). Signals, when given a context, then raise their category: its score is the higher of the detectors' and the
 * signal's, and it is flagged when either reaches the threshold. When a signal makes the flag (the detectors alone
 * would not flag), its evidence follows the detectors'; otherwise the detectors' evidence explains the flag already.
 * The overall risk is the highest category score, flagged when any category is.
 */
export class RiskEvaluator {
  constructor(
    private readonly detectors: readonly RiskDetector[],
    private readonly flagThresholds: Readonly<Record<RiskCategory, number>>,
    private readonly signals: readonly RiskSignal[] = [],
  ) {}

  /** Every detector's findings on one comment. */
  detectorFindings(input: RiskInput): RiskFinding[] {
    const findings: RiskFinding[] = [];
    for (const detector of this.detectors)
      for (const finding of detector.evaluate(input)) findings.push(finding);
    return findings;
  }

  /** Evaluates one comment; signals take part only when the context is given. */
  evaluate(input: RiskInput, context?: RiskContext): RiskResult {
    const findings = this.detectorFindings(input);
    const categories = {} as Record<RiskCategory, CategoryRisk>;
    let score = 0;
    let isFlagged = false;
    for (const category of RISK_CATEGORY_ORDER) {
      const threshold = this.flagThresholds[category];
      const categoryFindings = findings.length === 0 ? NO_FINDINGS : findingsOf(findings, category);
      let categoryScore =
        categoryFindings.length === 0
          ? 0
          : round(combineScores(categoryFindings.map((finding) => finding.score)));
      let isCategoryFlagged = categoryFindings.length > 0 && categoryScore >= threshold;
      const evidence = toEvidence(categoryFindings, input.original);
      const isFlaggedByDetectors = isCategoryFlagged;
      for (const signal of this.signals) {
        if (context === undefined || signal.category !== category) continue;
        // A signal that cannot outscore the detectors can change nothing: not the score, and a flag it could add
        // needs a score at the threshold, which the detectors' higher score reached already.
        if (signal.maxScore !== undefined && categoryScore >= round(signal.maxScore)) continue;
        const verdict = signal.evaluate(input, findings, context);
        const signalScore = round(Math.min(1, Math.max(0, verdict.score)));
        if (signalScore > categoryScore) categoryScore = signalScore;
        if (signalScore < threshold || isFlaggedByDetectors) continue;
        isCategoryFlagged = true;
        for (const span of toEvidence(verdict.evidence(), input.original)) evidence.push(span);
      }
      categories[category] = { score: categoryScore, flagged: isCategoryFlagged, evidence };
      if (categoryScore > score) score = categoryScore;
      if (isCategoryFlagged) isFlagged = true;
    }
    return { score, flagged: isFlagged, categories };
  }
}

const NO_FINDINGS: readonly RiskFinding[] = [];

/** The findings of one category, in their order. */
function findingsOf(findings: readonly RiskFinding[], category: RiskCategory): readonly RiskFinding[] {
  let ofCategory: RiskFinding[] | undefined;
  for (const finding of findings) if (finding.category === category) (ofCategory ??= []).push(finding);
  return ofCategory ?? NO_FINDINGS;
}

function toEvidence(findings: readonly RiskFinding[], original: string): EvidenceSpan[] {
  if (findings.length === 0) return [];
  if (findings.length === 1) return [evidenceSpan(findings[0], original)];
  const seen = new Set<string>();
  const evidence: EvidenceSpan[] = [];
  for (const finding of [...findings].sort((a, b) => a.start - b.start || b.score - a.score)) {
    const key = `${finding.start}:${finding.end}:${finding.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push(evidenceSpan(finding, original));
  }
  return evidence;
}

function evidenceSpan(finding: RiskFinding, original: string): EvidenceSpan {
  return {
    start: finding.start,
    end: finding.end,
    text: original.slice(finding.start, finding.end),
    rule: finding.rule,
  };
}

function round(value: number): number {
  return Math.round(value * SCORE_PRECISION) / SCORE_PRECISION;
}
