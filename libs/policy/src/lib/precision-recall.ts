import type { CategoryCurve, PrecisionRecallPoint, RiskCategory } from '@tenor/contracts';

/**
 * Moderator-decided comments of one category counted by score hundredth: index b counts the scores s with
 * floor(100 s) = b, i.e. s in [b/100, (b + 1)/100), and index 100 the score 1. Missing indexes count 0; indexes
 * past 100 count as 100.
 */
export interface DecisionHistogram {
  readonly approved: readonly number[];
  readonly rejected: readonly number[];
}

/** Bins of a DecisionHistogram: the hundredths 0..100. */
export const HISTOGRAM_BINS = 101;
/** The curve's regular points are 0.05 apart, from 0.05 to 1 (a threshold of 0 would flag everything). */
const CURVE_STEP_HUNDREDTHS = 5;
/** Slack for the binary form of thresholds: 0.07 × 100 is 7.000000000000001, which must still be bin 7. */
const BIN_EPSILON = 1e-9;

/**
 * A category's precision/recall curve against moderators' decisions: flagging at threshold t flags the decided
 * comments with score ≥ t; precision is the rejected share of those (null when none is flagged), recall the flagged
 * share of the rejected ones (null when there are none). Points at 0.05, 0.10, …, 1.00, plus the current and the
 * proposed threshold (inserted in order, not repeated), which are also returned on their own.
 *
 * Bins are hundredths, so a threshold counts the bins from ceil(100 t) on: exact for thresholds on a hundredth (all
 * the regular points, and any threshold an admin types with two decimals); a threshold between two hundredths,
 * such as 0.455, is read as the next hundredth up (0.46), leaving out the comments scored 0.455 to 0.459.
 */
export function categoryCurve(
  category: RiskCategory,
  histogram: DecisionHistogram,
  currentThreshold: number,
  proposedThreshold: number,
): CategoryCurve {
  const approvedFrom = countsFromBin(histogram.approved);
  const rejectedFrom = countsFromBin(histogram.rejected);
  const pointAt = (threshold: number): PrecisionRecallPoint => {
    const bin = firstFlaggedBin(threshold);
    const rejected = rejectedFrom[bin];
    const flagged = approvedFrom[bin] + rejected;
    const totalRejected = rejectedFrom[0];
    return {
      threshold,
      precision: flagged === 0 ? null : rejected / flagged,
      recall: totalRejected === 0 ? null : rejected / totalRejected,
    };
  };
  const thresholds = new Set<number>();
  for (let hundredths = CURVE_STEP_HUNDREDTHS; hundredths <= 100; hundredths += CURVE_STEP_HUNDREDTHS)
    thresholds.add(hundredths / 100);
  thresholds.add(currentThreshold);
  thresholds.add(proposedThreshold);
  return {
    category,
    points: [...thresholds].sort((a, b) => a - b).map(pointAt),
    current: pointAt(currentThreshold),
    proposed: pointAt(proposedThreshold),
  };
}

/** The first bin flagged at a threshold: ceil(100 t), clamped to 0..101 (101: nothing is flagged). */
export function firstFlaggedBin(threshold: number): number {
  return Math.min(HISTOGRAM_BINS, Math.max(0, Math.ceil(threshold * 100 - BIN_EPSILON)));
}

/** counts from bin b on, for b = 0..101 (suffix sums; the last is 0). */
function countsFromBin(counts: readonly number[]): number[] {
  const bins = new Array<number>(HISTOGRAM_BINS + 1).fill(0);
  counts.forEach((count, index) => (bins[Math.min(index, HISTOGRAM_BINS - 1)] += count));
  for (let bin = HISTOGRAM_BINS - 1; bin >= 0; bin--) bins[bin] += bins[bin + 1];
  return bins;
}
