import { RISK_CATEGORIES } from '@tenor/contracts';
import type { RiskCategory } from '@tenor/contracts';

/** Prefix of the ids of previous-period series. */
const PREVIOUS_PREFIX = 'previous:';
/** Prefix of the ids of risk-category series. */
const CATEGORY_PREFIX = 'category:';

/** What a series id says about a click on it: which period, and which risk category if any. */
export interface TrendSeriesMeaning {
  isPrevious: boolean;
  category: RiskCategory | null;
}

/** The id of a previous-period series that repeats `id`. */
export function previousSeriesId(id: string): string {
  return `${PREVIOUS_PREFIX}${id}`;
}

/** The id of a risk-category series. */
export function categorySeriesId(category: RiskCategory): string {
  return `${CATEGORY_PREFIX}${category}`;
}

/** Reads a series id (null for a click beside the series); unknown ids mean the current period without category. */
export function trendSeriesMeaning(id: string | null): TrendSeriesMeaning {
  if (id === null) {
    return { isPrevious: false, category: null };
  }
  const isPrevious = id.startsWith(PREVIOUS_PREFIX);
  const base = isPrevious ? id.slice(PREVIOUS_PREFIX.length) : id;
  const category = base.startsWith(CATEGORY_PREFIX) ? base.slice(CATEGORY_PREFIX.length) : null;
  return {
    isPrevious,
    category: (RISK_CATEGORIES as readonly string[]).includes(category ?? '')
      ? (category as RiskCategory)
      : null,
  };
}
