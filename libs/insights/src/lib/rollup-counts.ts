import { MODERATION_ACTIONS, RISK_CATEGORIES } from '@tenor/contracts';
import type { ModerationAction, RiskCategory, ToneLabel } from '@tenor/contracts';

/** Scale of `compoundSumE4`: compounds are stored as integers in units of 1/10 000, so sums stay exact. */
export const COMPOUND_SCALE = 10_000;

/** What the comments of one rollup bucket add up to; every field is an exact integer. */
export interface CommentRollupCounts {
  count: number;
  /** Sum of round(compound × 10 000) over the comments. */
  compoundSumE4: number;
  positive: number;
  neutral: number;
  negative: number;
  /** Comments with the overall risk flag. */
  flagged: number;
  insult: number;
  profanity: number;
  threat: number;
  hate: number;
  spam: number;
  personalData: number;
}

/** Moderation actions of one rollup bucket, per action. */
export type DecisionRollupCounts = Record<ModerationAction, number>;

/** The scoring facts of one comment that its rollup counts come from. */
export interface CommentRollupFacts {
  /** Tone compound, -1..1. */
  compound: number;
  label: ToneLabel;
  isFlagged: boolean;
  /** Whether the comment is flagged in each risk category. */
  flags: Record<RiskCategory, boolean>;
}

/** A record of counts, such as CommentRollupCounts or DecisionRollupCounts. */
export type Counts<T> = { [K in keyof T]: number };

/** Comment counts of an empty bucket: all zero. */
export function emptyCommentCounts(): CommentRollupCounts {
  return {
    count: 0,
    compoundSumE4: 0,
    positive: 0,
    neutral: 0,
    negative: 0,
    flagged: 0,
    insult: 0,
    profanity: 0,
    threat: 0,
    hate: 0,
    spam: 0,
    personalData: 0,
  };
}

/** Decision counts of an empty bucket: zero for every moderation action. */
export function emptyDecisionCounts(): DecisionRollupCounts {
  return Object.fromEntries(MODERATION_ACTIONS.map((action) => [action, 0])) as DecisionRollupCounts;
}

function combineCounts<T extends Counts<T>>(a: T, b: T, sign: 1 | -1): T {
  const result = { ...a };
  for (const key of Object.keys(b) as (keyof T)[]) {
    result[key] = ((a[key] ?? 0) + sign * b[key]) as T[keyof T];
  }
  return result;
}

/** Field-by-field sum of two count records (a new object; neither input changes). */
export function addCounts<T extends Counts<T>>(a: T, b: T): T {
  return combineCounts(a, b, 1);
}

/** Field-by-field difference `a - b` of two count records, e.g. a rollup delta when a comment is rescored; may be negative. */
export function subtractCounts<T extends Counts<T>>(a: T, b: T): T {
  return combineCounts(a, b, -1);
}

/** The counts one comment contributes to its rollup bucket. */
export function countsOfComment(facts: CommentRollupFacts): CommentRollupCounts {
  if (!Number.isFinite(facts.compound) || Math.abs(facts.compound) > 1) {
    throw new RangeError(`compound must be within -1..1: ${facts.compound}`);
  }
  const counts: CommentRollupCounts = {
    ...emptyCommentCounts(),
    count: 1,
    // `+ 0` turns the -0 of Math.round(-0.00001 * 10 000) into 0.
    compoundSumE4: Math.round(facts.compound * COMPOUND_SCALE) + 0,
    flagged: facts.isFlagged ? 1 : 0,
  };
  counts[facts.label] = 1;
  for (const category of RISK_CATEGORIES) counts[category] = facts.flags[category] ? 1 : 0;
  return counts;
}
