import type { Language, RiskCategory } from './scoring';
import type { ModerationAction } from './api';

/** Bucket sizes of a trend series; all are Europe/Berlin calendar units (an hour, a day, a week from Monday). */
export const TREND_BUCKETS = ['hour', 'day', 'week'] as const;
/** A bucket size of a trend series. */
export type TrendBucket = (typeof TREND_BUCKETS)[number];

/** The longest range an hourly series may span, in days: beyond it a chart of hours is unreadable anyway. */
export const MAX_HOURLY_RANGE_DAYS = 31;

/**
 * GET /api/trends/comments and /api/trends/decisions: a range of Europe/Berlin days (`from` inclusive, `to`
 * exclusive, YYYY-MM-DD), a bucket size, and filters combined with AND. `compare` adds the previous period
 * of the same length.
 */
export interface TrendQuery {
  from: string;
  to: string;
  bucket: TrendBucket;
  section?: string;
  articleId?: number;
  language?: Language;
  compare?: boolean;
}

/** One bucket of a series: where it starts and ends (ISO instants, UTC) and its label in Berlin local time. */
export interface TrendBucketRange {
  /** Berlin local: `YYYY-MM-DD HH:00` for hours, `YYYY-MM-DD` for days and for the Monday of a week. */
  label: string;
  start: string;
  end: string;
}

/** Comments posted in one bucket: volume, tone and risk flags. Empty buckets are present with count 0. */
export interface CommentTrendPoint extends TrendBucketRange {
  count: number;
  /** Mean tone compound, null for an empty bucket. */
  meanCompound: number | null;
  positiveShare: number;
  neutralShare: number;
  negativeShare: number;
  /** Comments with the overall risk flag, and their share of the bucket. */
  flagged: number;
  flaggedShare: number;
  /** Comments flagged per risk category (one comment can count in several). */
  categories: Record<RiskCategory, number>;
}

/** Moderation decisions taken in one bucket, per action (by the time of the decision). */
export interface DecisionTrendPoint extends TrendBucketRange {
  total: number;
  actions: Record<ModerationAction, number>;
}

/** A series with the query it answers; `previous` is the period before, bucket for bucket, when asked to compare. */
export interface TrendSeries<Point> {
  query: TrendQuery;
  points: Point[];
  previous: Point[] | null;
}

/** The days the stored comments span, for the default range of the trends page; null without comments. */
export interface TrendExtent {
  firstDay: string | null;
  lastDay: string | null;
}

/** Orders of the article ranking. */
export const ARTICLE_TREND_SORTS = ['negativeShare', 'flaggedShare', 'volume', 'acceleration'] as const;
/** An order of the article ranking. */
export type ArticleTrendSort = (typeof ARTICLE_TREND_SORTS)[number];

/** GET /api/trends/articles: articles with comments in the range, ranked. */
export interface ArticleTrendQuery {
  from: string;
  to: string;
  section?: string;
  language?: Language;
  sort?: ArticleTrendSort;
  /** Leave out articles with fewer comments in the range (default 5), so one angry comment does not top the list. */
  minComments?: number;
  limit?: number;
}

/** One article of the ranking. */
export interface ArticleTrendRow {
  articleId: number;
  title: string;
  section: string | null;
  publishedAt: string | null;
  isPremoderated: boolean;
  count: number;
  meanCompound: number | null;
  negativeShare: number;
  flaggedShare: number;
  /**
   * Comments in the `recentHours` up to the newest comment of the range (site-wide, so every article is measured
   * against the same "now"), and in the `recentHours` before those.
   */
  recentCount: number;
  previousCount: number;
  /** recentCount / max(previousCount, 1): above 1 the discussion speeds up. */
  acceleration: number;
  openAlerts: number;
}

/** The article ranking and the window its acceleration uses. */
export interface ArticleTrendPage {
  recentHours: number;
  items: ArticleTrendRow[];
}

/** A frequent evidence term in an article's comments. */
export interface EvidenceTermCount {
  term: string;
  category: RiskCategory;
  count: number;
}

/** GET /api/trends/articles/:id: an article's comment timeline (hourly, whole lifetime) and top evidence terms. */
export interface ArticleTrendDetail {
  articleId: number;
  title: string;
  section: string | null;
  publishedAt: string | null;
  isPremoderated: boolean;
  bucket: TrendBucket;
  points: CommentTrendPoint[];
  topTerms: EvidenceTermCount[];
  alerts: HostileAlertView[];
}

/** Which share rose: negative tone or the risk flag. */
export const ALERT_SIGNALS = ['negative', 'flagged'] as const;
/** Which share rose. */
export type AlertSignal = (typeof ALERT_SIGNALS)[number];

/** States of an alert. */
export const ALERT_STATUSES = ['open', 'acknowledged'] as const;
/** A state of an alert. */
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** A comment section turning hostile: the share of a signal in a window, against the article's rolling baseline. */
export interface HostileAlertView {
  id: number;
  articleId: number;
  articleTitle: string;
  signal: AlertSignal;
  /** The hours of the episode (ISO instants; end exclusive), widened while the share stays high. */
  windowStart: string;
  windowEnd: string;
  /** Comments in the window, the hostile share among them, the baseline share and the z-score of the rise. */
  count: number;
  share: number;
  baseline: number;
  zScore: number;
  detectedAt: string;
  status: AlertStatus;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  /** Delivery to the configured webhook: not configured, waiting, delivered, or given up after retries. */
  webhook: 'none' | 'pending' | 'sent' | 'failed';
}

/** How alerts are detected and where they go; admins change it. */
export interface AlertSettings {
  /** Hours in the sliding window. */
  windowHours: number;
  /** Hours before the window that form the article's baseline. */
  baselineHours: number;
  /** Fewest comments in the window to judge it. */
  minComments: number;
  /** Least rise of the share over the baseline (0..1). */
  minLift: number;
  /** Least z-score of the rise. */
  minZ: number;
  /** Where new alerts are POSTed as JSON; null sends none. */
  webhookUrl: string | null;
}

/** PATCH /api/articles/:id: switch an article to pre-moderation (its new comments wait for approval) or back. */
export interface ArticleModerationUpdate {
  isPremoderated: boolean;
}
