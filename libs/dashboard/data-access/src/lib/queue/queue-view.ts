import { COMMENT_SORTS, LANGUAGES, RISK_CATEGORIES } from '@tenor/contracts';
import type {
  CommentFilter,
  CommentQuery,
  CommentSort,
  CommentStatus,
  CommentView,
  Language,
  QueueCounts,
  RiskCategory,
} from '@tenor/contracts';
import { isIsoDay, isIsoInstant, nextDay } from '../time/iso-time';

/** The queue tabs, in display order; `flagged` means flagged and still pending. */
export const QUEUE_TABS = ['flagged', 'pending', 'escalated', 'approved', 'rejected', 'all'] as const;
/** A queue tab. */
export type QueueTab = (typeof QUEUE_TABS)[number];

/** The filters of the queue besides the tab; null means "any". */
export interface QueueFilters {
  articleId: number | null;
  section: string | null;
  language: Language | null;
  category: RiskCategory | null;
  /** Whether the comment is held for approval (pre-moderation or a hold threshold); null for either. */
  held: boolean | null;
  /** Exact author name. */
  author: string | null;
  /** Full-text search words. */
  search: string | null;
  /** Overall risk bounds, 0..1, both inclusive. */
  minRisk: number | null;
  maxRisk: number | null;
  /** Start of the posting time: an ISO day (YYYY-MM-DD) or an ISO instant, inclusive. */
  from: string | null;
  /** End of the posting time: an ISO day, inclusive, or an ISO instant, exclusive (a chart bucket's end). */
  to: string | null;
}

/** What the queue page shows: a tab, a sort order and the filters. */
export interface QueueView extends QueueFilters {
  tab: QueueTab;
  sort: CommentSort;
}

/** No filter at all. */
export const EMPTY_QUEUE_FILTERS: QueueFilters = {
  articleId: null,
  section: null,
  language: null,
  category: null,
  held: null,
  author: null,
  search: null,
  minRisk: null,
  maxRisk: null,
  from: null,
  to: null,
};

/** The view of /queue without query parameters. */
export const DEFAULT_QUEUE_VIEW: QueueView = { tab: 'flagged', sort: 'risk', ...EMPTY_QUEUE_FILTERS };

/** Longest free text kept from the URL (the API accepts 200 characters for search and author). */
const MAX_TEXT_PARAMETER_LENGTH = 200;

/** Reads a queue view from URL query parameters, falling back to the defaults for bad values. */
export function parseQueueView(readParameter: (name: string) => string | null): QueueView {
  const tab = readParameter('tab');
  const sort = readParameter('sort');
  const articleId = Number(readParameter('articleId') ?? Number.NaN);
  return {
    tab: isOneOf(QUEUE_TABS, tab) ? tab : DEFAULT_QUEUE_VIEW.tab,
    sort: isOneOf(COMMENT_SORTS, sort) ? sort : DEFAULT_QUEUE_VIEW.sort,
    articleId: Number.isInteger(articleId) && articleId > 0 ? articleId : null,
    section: parseText(readParameter('section')),
    language: isOneOf(LANGUAGES, readParameter('language')) ? (readParameter('language') as Language) : null,
    category: isOneOf(RISK_CATEGORIES, readParameter('category'))
      ? (readParameter('category') as RiskCategory)
      : null,
    held: parseBoolean(readParameter('held')),
    author: parseText(readParameter('author')),
    search: parseText(readParameter('q')),
    minRisk: parseRisk(readParameter('minRisk')),
    maxRisk: parseRisk(readParameter('maxRisk')),
    from: parseTimeBound(readParameter('from')),
    to: parseTimeBound(readParameter('to')),
  };
}

/** The URL query parameters of a view; defaults and absent filters are left out, so the URL stays short. */
export function queueViewParameters(view: QueueView): Record<string, string> {
  const entries: [string, string | number | null][] = [
    ['tab', view.tab === DEFAULT_QUEUE_VIEW.tab ? null : view.tab],
    ['sort', view.sort === DEFAULT_QUEUE_VIEW.sort ? null : view.sort],
    ['articleId', view.articleId],
    ['section', view.section],
    ['language', view.language],
    ['category', view.category],
    ['held', view.held === null ? null : String(view.held)],
    ['author', view.author],
    ['q', view.search],
    ['minRisk', view.minRisk],
    ['maxRisk', view.maxRisk],
    ['from', view.from],
    ['to', view.to],
  ];
  return Object.fromEntries(
    entries
      .filter((entry): entry is [string, string | number] => entry[1] !== null)
      .map(([name, value]) => [name, String(value)]),
  );
}

/** The API filter of a view's filters alone (no tab): what the tab counts are computed for. */
export function commentFilterForFilters(filters: QueueFilters): CommentFilter {
  const filter: CommentFilter = {};
  if (filters.articleId !== null) filter.articleId = filters.articleId;
  if (filters.section !== null) filter.section = filters.section;
  if (filters.language !== null) filter.language = filters.language;
  if (filters.category !== null) filter.category = filters.category;
  if (filters.held !== null) filter.held = filters.held;
  if (filters.author !== null) filter.author = filters.author;
  if (filters.search !== null) filter.q = filters.search;
  if (filters.minRisk !== null) filter.minRisk = filters.minRisk;
  if (filters.maxRisk !== null) filter.maxRisk = filters.maxRisk;
  if (filters.from !== null) filter.from = filters.from;
  // An end day is inclusive on screen; the API's `to` is exclusive (an instant already is).
  if (filters.to !== null) filter.to = isIsoDay(filters.to) ? nextDay(filters.to) : filters.to;
  return filter;
}

/** The API filter of a whole view: the tab's status (and flag) plus the filters; also the filter of "select all matching". */
export function commentFilterForView(view: QueueView): CommentFilter {
  const filter = commentFilterForFilters(view);
  if (view.tab === 'flagged') {
    return { status: 'pending', flagged: true, ...filter };
  }
  return view.tab === 'all' ? filter : { status: view.tab, ...filter };
}

/** The GET /api/comments query of a view's first page. */
export function commentQueryForView(view: QueueView, limit: number): CommentQuery {
  return { ...commentFilterForView(view), sort: view.sort, limit };
}

/** Whether a view's posting-time range has an instant bound (a chart bucket), which the day inputs cannot show exactly. */
export function hasInstantRange(filters: Pick<QueueFilters, 'from' | 'to'>): boolean {
  return isIsoInstant(filters.from) || isIsoInstant(filters.to);
}

/** Whether any filter besides the tab is set. */
export function hasQueueFilters(filters: QueueFilters): boolean {
  return (Object.keys(EMPTY_QUEUE_FILTERS) as (keyof QueueFilters)[]).some((name) => filters[name] !== null);
}

/** Whether a comment whose status just changed still belongs in a view's list (the other filters do not change with a decision). */
export function isCommentInView(
  comment: Pick<CommentView, 'status' | 'risk' | 'articleId'>,
  view: Pick<QueueView, 'tab' | 'articleId'>,
): boolean {
  if (view.articleId !== null && comment.articleId !== view.articleId) {
    return false;
  }
  switch (view.tab) {
    case 'all':
      return true;
    case 'flagged':
      return comment.status === 'pending' && comment.risk.flagged;
    default:
      return comment.status === view.tab;
  }
}

/** The number shown on a tab. */
export function countForTab(counts: QueueCounts, tab: QueueTab): number {
  switch (tab) {
    case 'all':
      return counts.total;
    case 'flagged':
      return counts.flagged;
    default:
      return counts.statuses[tab as CommentStatus] ?? 0;
  }
}

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

function parseText(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text.slice(0, MAX_TEXT_PARAMETER_LENGTH);
}

function parseBoolean(value: string | null): boolean | null {
  return value === 'true' ? true : value === 'false' ? false : null;
}

function parseRisk(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const risk = Number(value);
  return Number.isFinite(risk) && risk >= 0 && risk <= 1 ? risk : null;
}

function parseTimeBound(value: string | null): string | null {
  return isIsoDay(value) || isIsoInstant(value) ? value : null;
}
