import type { RiskContext, RiskSignal, RiskSignalVerdict } from '../risk/risk-evaluator';
import { originalSpan } from '../risk/risk-input';
import type { RiskFinding, RiskInput } from '../risk/risk-types';
import { OffenseClassifier, OffenseModel, UnitContributions } from './offense-model';

/** Rule id of the model's evidence spans. */
export const MODEL_OFFENSE_RULE = 'model.offense';
/** The category the model raises: GermEval's OFFENSE is abuse, insult and profanity, which the insult category is closest to. */
const MODEL_CATEGORY = 'insult';
/** The category score a probability at the model's threshold maps to: the default flag threshold. */
const SCORE_AT_THRESHOLD = 0.5;
/**
 * The highest category score the model gives (at probability 1). Team choice: a statistical guess learned from tweets
 * ranks below clear rule evidence in the queue (an explicit threat or targeted insult scores 0.75–1), while it still
 * flags at its threshold.
 */
const MAX_MODEL_SCORE = 0.75;
/** At most this many words or symbols are shown as the model's evidence: enough to see why, few enough to read. */
const MAX_EVIDENCE_UNITS = 3;
/** A word or symbol is evidence when it adds at least this share of the top one's contribution (team choice: half). */
const MIN_SHARE_OF_TOP_UNIT = 0.5;

/**
 * The offense model as a risk signal on the insult category. Its probability p maps piecewise linearly onto the
 * category scale so that the model's own threshold t lands on 0.5: [0, t] → [0, 0.5], [t, 1] → [0.5, 0.75]. When it
 * flags, its evidence is the words (or emoji and other symbols) that add most to the logit, as spans of the original
 * text, neighbours joined. Only German comments are scored; the model learned from German tweets.
 */
export function createOffenseSignal(model: OffenseModel): RiskSignal {
  const classifier = new OffenseClassifier(model);
  return {
    id: MODEL_OFFENSE_RULE,
    category: MODEL_CATEGORY,
    maxScore: MAX_MODEL_SCORE,
    evaluate(
      input: RiskInput,
      detectorFindings: readonly RiskFinding[],
      context: RiskContext,
    ): RiskSignalVerdict {
      if (context.language !== 'de') return { score: 0, evidence: () => [] };
      const featureInput = {
        risk: input,
        detectorFindings,
        tone: context.tone,
        wordMemos: context.offenseWordMemos,
      };
      const score = categoryScoreOfProbability(classifier.probability(featureInput), model.threshold);
      return {
        score,
        evidence: () => evidenceOf(input, classifier.unitContributions(featureInput), score),
      };
    },
  };
}

/** Maps a model probability onto the category scale, the threshold onto SCORE_AT_THRESHOLD. */
export function categoryScoreOfProbability(probability: number, threshold: number): number {
  if (probability <= threshold) return (SCORE_AT_THRESHOLD * probability) / threshold;
  return (
    SCORE_AT_THRESHOLD +
    ((MAX_MODEL_SCORE - SCORE_AT_THRESHOLD) * (probability - threshold)) / (1 - threshold)
  );
}

/**
 * The top contributing units (positive, at least half the top one's share, at most three) as findings on the original
 * text; units separated only by spaces (no punctuation, no line break) are joined into one span.
 */
export function evidenceOf(input: RiskInput, units: UnitContributions, score: number): RiskFinding[] {
  const { contributions, starts, ends } = units;
  const top: number[] = [];
  for (let unit = 0; unit < contributions.length; unit++) {
    const value = contributions[unit];
    if (value <= 0 || (top.length === MAX_EVIDENCE_UNITS && value <= contributions[top[top.length - 1]]))
      continue;
    let position = top.length;
    while (position > 0 && contributions[top[position - 1]] < value) position--;
    top.splice(position, 0, unit);
    if (top.length > MAX_EVIDENCE_UNITS) top.pop();
  }
  if (top.length === 0) return [];
  const floor = contributions[top[0]] * MIN_SHARE_OF_TOP_UNIT;
  const chosen = top.filter((unit) => contributions[unit] >= floor).sort((a, b) => starts[a] - starts[b]);
  const text = input.normalized.text;
  const findings: RiskFinding[] = [];
  let spanStart = starts[chosen[0]];
  let spanEnd = ends[chosen[0]];
  for (let position = 1; position <= chosen.length; position++) {
    const unit = chosen[position];
    if (unit !== undefined && isOnlySpaces(text, spanEnd, starts[unit])) {
      spanEnd = Math.max(spanEnd, ends[unit]);
      continue;
    }
    findings.push({
      category: MODEL_CATEGORY,
      rule: MODEL_OFFENSE_RULE,
      score,
      ...originalSpan(input, spanStart, spanEnd),
    });
    if (unit !== undefined) {
      spanStart = starts[unit];
      spanEnd = ends[unit];
    }
  }
  return findings;
}

/** Whether text[start, end) holds nothing but spaces and tabs (an empty stretch too). */
function isOnlySpaces(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}
