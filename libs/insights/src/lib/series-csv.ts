import { MODERATION_ACTIONS, RISK_CATEGORIES } from '@tenor/contracts';
import type { CommentTrendPoint, DecisionTrendPoint } from '@tenor/contracts';
import { toCsv, type CsvCell } from './csv';

// Four decimals keep shares and compounds readable and are finer than any chart shows.
const DECIMALS = 4;

const COMMENT_COLUMNS = [
  'label',
  'start',
  'end',
  'count',
  'mean_compound',
  'positive_share',
  'neutral_share',
  'negative_share',
  'flagged',
  'flagged_share',
  ...RISK_CATEGORIES.map(snakeCase),
];

/** A camelCase name in snake_case (`personalData` → `personal_data`), for column names. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function rounded(value: number | null): number | null {
  return value === null ? null : Number(value.toFixed(DECIMALS));
}

function commentCells(point: CommentTrendPoint | undefined): CsvCell[] {
  if (point === undefined) return COMMENT_COLUMNS.map(() => null);
  return [
    point.label,
    point.start,
    point.end,
    point.count,
    rounded(point.meanCompound),
    rounded(point.positiveShare),
    rounded(point.neutralShare),
    rounded(point.negativeShare),
    point.flagged,
    rounded(point.flaggedShare),
    ...RISK_CATEGORIES.map((category) => point.categories[category]),
  ];
}

/**
 * A comment series as CSV, one row per bucket: label, start, end, count, mean_compound, the tone shares,
 * flagged, flagged_share and one count column per risk category (snake_case). With `previous`, the same
 * columns follow prefixed `previous_`, paired bucket by bucket; where one period has a bucket more (a clock
 * change, a clipped week), the other's cells are empty. Shares and compounds are rounded to 4 decimals.
 */
export function commentSeriesCsv(
  points: readonly CommentTrendPoint[],
  previous?: readonly CommentTrendPoint[],
): string {
  if (previous === undefined) return toCsv(COMMENT_COLUMNS, points.map(commentCells));
  const header = [...COMMENT_COLUMNS, ...COMMENT_COLUMNS.map((column) => `previous_${column}`)];
  const rows = Array.from({ length: Math.max(points.length, previous.length) }, (_, index) => [
    ...commentCells(points[index]),
    ...commentCells(previous[index]),
  ]);
  return toCsv(header, rows);
}

/** A decision series as CSV, one row per bucket: label, start, end, total and one column per moderation action. */
export function decisionSeriesCsv(points: readonly DecisionTrendPoint[]): string {
  const header = ['label', 'start', 'end', 'total', ...MODERATION_ACTIONS.map(snakeCase)];
  return toCsv(
    header,
    points.map((point) => [
      point.label,
      point.start,
      point.end,
      point.total,
      ...MODERATION_ACTIONS.map((action) => point.actions[action]),
    ]),
  );
}
