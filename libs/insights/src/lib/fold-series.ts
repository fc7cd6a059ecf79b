import { MODERATION_ACTIONS } from '@tenor/contracts';
import type {
  CommentTrendPoint,
  DecisionTrendPoint,
  RiskCategory,
  TrendBucket,
  TrendBucketRange,
} from '@tenor/contracts';
import { createBucketLookup } from './bucket-ranges';
import {
  COMPOUND_SCALE,
  emptyCommentCounts,
  emptyDecisionCounts,
  type CommentRollupCounts,
  type Counts,
  type DecisionRollupCounts,
} from './rollup-counts';

/** A stored rollup row: a UTC hour key (`YYYY-MM-DDTHH`) or a Berlin day (`YYYY-MM-DD`) and its counts. */
export interface RollupRow<C> {
  key: string;
  counts: C;
}

/** A comment rollup row. */
export type CommentRollupRow = RollupRow<CommentRollupCounts>;
/** A decision rollup row. */
export type DecisionRollupRow = RollupRow<DecisionRollupCounts>;

function foldCounts<C extends Counts<C>>(
  rows: readonly RollupRow<C>[],
  ranges: readonly TrendBucketRange[],
  bucket: TrendBucket,
  empty: () => C,
): C[] {
  const bucketOf = createBucketLookup(ranges, bucket);
  const totals = ranges.map(() => empty());
  const fields = Object.keys(empty()) as (keyof C)[];
  for (const row of rows) {
    const index = bucketOf(row.key);
    if (index < 0) continue;
    // Summed in place: a fold over thousands of rows should not allocate a record per row.
    const total = totals[index] as Record<keyof C, number>;
    for (const field of fields) total[field] += (row.counts as Record<keyof C, number>)[field] ?? 0;
  }
  return totals;
}

function shareOf(part: number, count: number): number {
  return count === 0 ? 0 : part / count;
}

/** The chart point of one bucket from its summed counts: mean compound (null when empty) and shares (0 when empty). */
export function commentPointOf(range: TrendBucketRange, counts: CommentRollupCounts): CommentTrendPoint {
  const { count } = counts;
  return {
    label: range.label,
    start: range.start,
    end: range.end,
    count,
    meanCompound: count === 0 ? null : counts.compoundSumE4 / (COMPOUND_SCALE * count),
    positiveShare: shareOf(counts.positive, count),
    neutralShare: shareOf(counts.neutral, count),
    negativeShare: shareOf(counts.negative, count),
    flagged: counts.flagged,
    flaggedShare: shareOf(counts.flagged, count),
    categories: {
      insult: counts.insult,
      profanity: counts.profanity,
      threat: counts.threat,
      hate: counts.hate,
      spam: counts.spam,
      personalData: counts.personalData,
    } satisfies Record<RiskCategory, number>,
  };
}

/** The chart point of one bucket from its summed decision counts; `total` counts every audited action, undo included. */
export function decisionPointOf(range: TrendBucketRange, counts: DecisionRollupCounts): DecisionTrendPoint {
  const actions = { ...emptyDecisionCounts(), ...counts };
  return {
    label: range.label,
    start: range.start,
    end: range.end,
    total: MODERATION_ACTIONS.reduce((sum, action) => sum + actions[action], 0),
    actions,
  };
}

/**
 * Folds comment rollup rows into one point per bucket of `ranges` (made by `bucketRanges` with the same
 * `bucket`), empty buckets included. Hour-keyed rows fold into hour, day or week buckets, day-keyed rows into
 * day or week buckets; a day row against hour buckets throws RangeError. Rows outside the ranges are ignored,
 * so the caller may read a wider key range than it charts.
 */
export function foldCommentSeries(
  rows: readonly CommentRollupRow[],
  ranges: readonly TrendBucketRange[],
  bucket: TrendBucket,
): CommentTrendPoint[] {
  const totals = foldCounts(rows, ranges, bucket, emptyCommentCounts);
  return ranges.map((range, index) => commentPointOf(range, totals[index]));
}

/** Folds decision rollup rows into one point per bucket, under the same rules as `foldCommentSeries`. */
export function foldDecisionSeries(
  rows: readonly DecisionRollupRow[],
  ranges: readonly TrendBucketRange[],
  bucket: TrendBucket,
): DecisionTrendPoint[] {
  const totals = foldCounts(rows, ranges, bucket, emptyDecisionCounts);
  return ranges.map((range, index) => decisionPointOf(range, totals[index]));
}
