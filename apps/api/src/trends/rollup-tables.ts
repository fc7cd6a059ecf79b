/** The two rollup families: counts of comments by the time they were posted, and of decisions by the time they were taken. */
export type RollupFamilyName = 'comment' | 'decision';

/** How rows are keyed: per article, or per section (site-wide charts); by UTC hour or by Europe/Berlin day. */
export type RollupGrain = 'article_hours' | 'article_days' | 'hours' | 'days';

/** The grains every family keeps. */
export const ROLLUP_GRAINS: readonly RollupGrain[] = ['article_hours', 'article_days', 'hours', 'days'];

/** A family: its counters, as API field name and database column. */
export interface RollupFamily<Field extends string = string> {
  name: RollupFamilyName;
  measures: readonly { field: Field; column: string }[];
}

/** Counters of comments (see CommentRollupCounts in @tenor/insights); compound is summed as an integer of 1e-4 units. */
export const COMMENT_ROLLUP: RollupFamily = {
  name: 'comment',
  measures: [
    { field: 'count', column: 'total' },
    { field: 'compoundSumE4', column: 'compound_sum_e4' },
    { field: 'positive', column: 'positive' },
    { field: 'neutral', column: 'neutral' },
    { field: 'negative', column: 'negative' },
    { field: 'flagged', column: 'flagged' },
    { field: 'insult', column: 'insult' },
    { field: 'profanity', column: 'profanity' },
    { field: 'threat', column: 'threat' },
    { field: 'hate', column: 'hate' },
    { field: 'spam', column: 'spam' },
    { field: 'personalData', column: 'personal_data' },
  ],
};

/** Counters of decisions, one per moderation action. */
export const DECISION_ROLLUP: RollupFamily = {
  name: 'decision',
  measures: [
    { field: 'approve', column: 'approve' },
    { field: 'reject', column: 'reject' },
    { field: 'escalate', column: 'escalate' },
    { field: 'undo', column: 'undo' },
  ],
};

/** The table of a family at a grain. */
export function rollupTable(family: RollupFamily, grain: RollupGrain): string {
  return `${family.name}_rollup_${grain}`;
}

/** The key columns of a grain, in primary-key order. */
export function rollupKeyColumns(grain: RollupGrain): string[] {
  switch (grain) {
    case 'article_hours':
      return ['article_id', 'hour', 'language'];
    case 'article_days':
      return ['article_id', 'day', 'language'];
    case 'hours':
      return ['hour', 'section', 'language'];
    case 'days':
      return ['day', 'section', 'language'];
  }
}

/** Where one comment or decision counts: its article, the article's section, its language, UTC hour and Berlin day. */
export interface RollupPlace {
  articleId: number;
  section: string | null;
  language: string;
  /** UTC hour `YYYY-MM-DDTHH`. */
  hour: string;
  /** Europe/Berlin day `YYYY-MM-DD`. */
  day: string;
}

/** The key values of a place at a grain, in the order of rollupKeyColumns. */
export function rollupKey(place: RollupPlace, grain: RollupGrain): (string | number)[] {
  switch (grain) {
    case 'article_hours':
      return [place.articleId, place.hour, place.language];
    case 'article_days':
      return [place.articleId, place.day, place.language];
    case 'hours':
      return [place.hour, place.section ?? '', place.language];
    case 'days':
      return [place.day, place.section ?? '', place.language];
  }
}
