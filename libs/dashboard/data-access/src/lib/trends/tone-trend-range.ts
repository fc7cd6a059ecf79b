import type { ToneTrendQuery } from '../api/query-parameters';

/** The filters of the trends page as the inputs hold them: ISO dates (YYYY-MM-DD, both inclusive) and an article id. */
export interface ToneTrendFilter {
  fromDay: string | null;
  toDay: string | null;
  articleId: number | null;
}

/** No range and no article: all data. */
export const EMPTY_TONE_TREND_FILTER: ToneTrendFilter = { fromDay: null, toDay: null, articleId: null };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The API query of a filter; the inclusive end day becomes the exclusive next day the API expects. */
export function toneTrendQueryForFilter(filter: ToneTrendFilter): ToneTrendQuery {
  const query: ToneTrendQuery = {};
  if (filter.fromDay !== null && ISO_DAY.test(filter.fromDay)) {
    query.from = filter.fromDay;
  }
  if (filter.toDay !== null && ISO_DAY.test(filter.toDay)) {
    query.to = nextDay(filter.toDay);
  }
  if (filter.articleId !== null) {
    query.articleId = filter.articleId;
  }
  return query;
}

/** The calendar day after an ISO day (YYYY-MM-DD), computed in UTC so no time zone shifts it. */
export function nextDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
