import { ARTICLE_TREND_SORTS, LANGUAGES, MAX_HOURLY_RANGE_DAYS, TREND_BUCKETS } from '@tenor/contracts';
import type {
  ArticleTrendQuery,
  ArticleTrendSort,
  Language,
  TrendBucket,
  TrendExtent,
  TrendQuery,
} from '@tenor/contracts';
import { toQueryParameters } from '../api/query-parameters';
import { addDays, daysBetween, isIsoDay, nextDay } from '../time/iso-time';

/** What the trends page shows, as its URL holds it; a null day means "the default range". */
export interface TrendView {
  /** ISO days (YYYY-MM-DD), both inclusive, as the date inputs show them. */
  fromDay: string | null;
  toDay: string | null;
  bucket: TrendBucket;
  section: string | null;
  articleId: number | null;
  language: Language | null;
  /** Whether the previous period of the same length is drawn as a dashed overlay. */
  isComparing: boolean;
  /** Order of the article ranking. */
  sort: ArticleTrendSort;
}

/** A view with its range filled in: what the charts are drawn for. */
export interface ResolvedTrendView extends TrendView {
  fromDay: string;
  toDay: string;
}

/** The view of /trends without query parameters. */
export const DEFAULT_TREND_VIEW: TrendView = {
  fromDay: null,
  toDay: null,
  bucket: 'day',
  section: null,
  articleId: null,
  language: null,
  isComparing: false,
  sort: 'negativeShare',
};

/** Days in the default range, ending at the last day with comments. */
export const DEFAULT_RANGE_DAYS = 30;
/** The quick ranges offered beside the date inputs, in days ending at the last day with comments. */
export const QUICK_RANGE_DAYS = [7, 30, 90] as const;
/** Articles in the ranking. */
export const ARTICLE_RANKING_LIMIT = 20;

/** Where the trend series live; `format=csv` downloads the same series. */
export const TREND_PATHS = {
  comments: '/api/trends/comments',
  decisions: '/api/trends/decisions',
  articles: '/api/trends/articles',
} as const;
/** A downloadable trend series. */
export type TrendSeriesKind = keyof typeof TREND_PATHS;

const MAX_TEXT_PARAMETER_LENGTH = 200;

/** Reads a trends view from URL query parameters, falling back to the defaults for bad values. */
export function parseTrendView(readParameter: (name: string) => string | null): TrendView {
  const fromDay = readParameter('from');
  const toDay = readParameter('to');
  const articleId = Number(readParameter('articleId') ?? Number.NaN);
  const section = readParameter('section')?.trim() ?? '';
  const hasRange = isIsoDay(fromDay) && isIsoDay(toDay) && daysBetween(fromDay, toDay) >= 0;
  return {
    fromDay: hasRange ? fromDay : null,
    toDay: hasRange ? toDay : null,
    bucket: isOneOf(TREND_BUCKETS, readParameter('bucket'))
      ? (readParameter('bucket') as TrendBucket)
      : 'day',
    section: section === '' ? null : section.slice(0, MAX_TEXT_PARAMETER_LENGTH),
    articleId: Number.isInteger(articleId) && articleId > 0 ? articleId : null,
    language: isOneOf(LANGUAGES, readParameter('language')) ? (readParameter('language') as Language) : null,
    isComparing: readParameter('compare') === 'true',
    sort: isOneOf(ARTICLE_TREND_SORTS, readParameter('sort'))
      ? (readParameter('sort') as ArticleTrendSort)
      : DEFAULT_TREND_VIEW.sort,
  };
}

/** The URL query parameters of a view; defaults and absent filters are left out. */
export function trendViewParameters(view: TrendView): Record<string, string> {
  const entries: [string, string | number | null][] = [
    ['from', view.fromDay],
    ['to', view.toDay],
    ['bucket', view.bucket === DEFAULT_TREND_VIEW.bucket ? null : view.bucket],
    ['section', view.section],
    ['articleId', view.articleId],
    ['language', view.language],
    ['compare', view.isComparing ? 'true' : null],
    ['sort', view.sort === DEFAULT_TREND_VIEW.sort ? null : view.sort],
  ];
  return Object.fromEntries(
    entries
      .filter((entry): entry is [string, string | number] => entry[1] !== null)
      .map(([name, value]) => [name, String(value)]),
  );
}

/** The `days` days ending at `lastDay` (inclusive). */
export function rangeEndingAt(lastDay: string, days: number): { fromDay: string; toDay: string } {
  return { fromDay: addDays(lastDay, -(days - 1)), toDay: lastDay };
}

/** Days in an inclusive range. */
export function rangeLength(fromDay: string, toDay: string): number {
  return daysBetween(fromDay, toDay) + 1;
}

/** Whether hourly buckets are allowed for a range (the API refuses more than MAX_HOURLY_RANGE_DAYS of hours). */
export function isHourlyAllowed(fromDay: string, toDay: string): boolean {
  return rangeLength(fromDay, toDay) <= MAX_HOURLY_RANGE_DAYS;
}

/**
 * Fills in the default range (the last DEFAULT_RANGE_DAYS days with comments) and switches hours to days when
 * the range is too long for hours; null when there are no comments at all and no range was chosen.
 */
export function resolveTrendView(view: TrendView, extent: TrendExtent | null): ResolvedTrendView | null {
  let range: { fromDay: string; toDay: string } | null = null;
  if (view.fromDay !== null && view.toDay !== null) {
    range = { fromDay: view.fromDay, toDay: view.toDay };
  } else if (extent?.lastDay) {
    range = rangeEndingAt(extent.lastDay, DEFAULT_RANGE_DAYS);
  }
  if (range === null) {
    return null;
  }
  const bucket = view.bucket === 'hour' && !isHourlyAllowed(range.fromDay, range.toDay) ? 'day' : view.bucket;
  return { ...view, ...range, bucket };
}

/** The GET /api/trends/comments and /decisions query of a view; the inclusive end day becomes the exclusive next day. */
export function trendQueryForView(view: ResolvedTrendView): TrendQuery {
  const query: TrendQuery = { from: view.fromDay, to: nextDay(view.toDay), bucket: view.bucket };
  if (view.section !== null) query.section = view.section;
  if (view.articleId !== null) query.articleId = view.articleId;
  if (view.language !== null) query.language = view.language;
  if (view.isComparing) query.compare = true;
  return query;
}

/** The GET /api/trends/articles query of a view: its range, section, language and ranking order. */
export function articleTrendQueryForView(view: ResolvedTrendView): ArticleTrendQuery {
  const query: ArticleTrendQuery = {
    from: view.fromDay,
    to: nextDay(view.toDay),
    sort: view.sort,
    limit: ARTICLE_RANKING_LIMIT,
  };
  if (view.section !== null) query.section = view.section;
  if (view.language !== null) query.language = view.language;
  return query;
}

/** The link that downloads a trend series as CSV for the same query. */
export function trendCsvHref(kind: TrendSeriesKind, query: TrendQuery | ArticleTrendQuery): string {
  const search = new URLSearchParams({ ...toQueryParameters(query), format: 'csv' }).toString();
  return `${TREND_PATHS[kind]}?${search}`;
}

/** A file name for an exported chart: `tenor-<chart>-<from>_<to>.png`. */
export function chartFileName(chart: string, view: Pick<ResolvedTrendView, 'fromDay' | 'toDay'>): string {
  return `tenor-${chart}-${view.fromDay}_${view.toDay}.png`;
}

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}
