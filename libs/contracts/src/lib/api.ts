import type { Language, RiskCategory, RiskResult, ToneResult } from './scoring';

/** Moderation states of a comment. */
export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'escalated'] as const;
/** A moderation state. */
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** Moderator actions and the state each leads to. */
export const DECISION_TARGET_STATUS = {
  approve: 'approved',
  reject: 'rejected',
  escalate: 'escalated',
} as const satisfies Record<string, CommentStatus>;
/** A moderator action. */
export type DecisionAction = keyof typeof DECISION_TARGET_STATUS;
/** The moderator actions. */
export const DECISION_ACTIONS = Object.keys(DECISION_TARGET_STATUS) as DecisionAction[];

/** Reason codes a rejection can carry. */
export const REJECT_REASONS = [
  'insult',
  'threat',
  'incitement',
  'personal-data',
  'spam',
  'off-topic',
  'other',
] as const;
/** A rejection reason code. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/** How exact an article's publication time is. */
export const DATE_PRECISIONS = ['month', 'day', 'minute'] as const;
/** How exact an article's publication time is. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** An article as a client sends it; `externalId` makes a retry idempotent. */
export interface ArticleInput {
  externalId: string;
  title: string;
  url?: string;
  /** ISO 8601 instant. */
  publishedAt?: string;
  publishedAtPrecision?: DatePrecision;
  /** Whether publishedAt was inferred (from the earliest comment) rather than given. */
  isPublishedAtInferred?: boolean;
  body?: string;
  sourceFile?: string;
}

/** A comment as a client sends it; `externalId` makes a retry idempotent. */
export interface CommentInput {
  externalId: string;
  articleExternalId: string;
  author: string;
  /** ISO 8601 instant. */
  postedAt: string;
  title?: string;
  body: string;
  /** Overrides language detection when given. */
  language?: Language;
}

/** A batch of comments: stored all or nothing. */
export interface CommentBatchRequest {
  comments: CommentInput[];
}

/** What a create or batch call did: new rows, and ones that already existed under the same external id. */
export interface CreateResult {
  created: number;
  existing: number;
  ids: number[];
}

/** An article with its comment counts. */
export interface ArticleSummary {
  id: number;
  externalId: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  publishedAtPrecision: DatePrecision | null;
  isPublishedAtInferred: boolean;
  sourceFile: string | null;
  commentCount: number;
  flaggedCount: number;
  statusCounts: Record<CommentStatus, number>;
  /** Mean tone compound of its comments, null without comments. */
  meanCompound: number | null;
}

/** An article with its body. */
export interface ArticleDetail extends ArticleSummary {
  body: string | null;
}

/** A stored, scored comment. */
export interface CommentView {
  id: number;
  externalId: string;
  articleId: number;
  articleTitle: string;
  author: string;
  postedAt: string;
  title: string | null;
  body: string;
  language: Language;
  sentiment: ToneResult;
  risk: RiskResult;
  status: CommentStatus;
  scorerVersion: string;
  /** Increments on every change; send it back with a decision to detect concurrent edits. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Sort orders of the comment list. */
export const COMMENT_SORTS = ['risk', 'time'] as const;
/** A sort order of the comment list. */
export type CommentSort = (typeof COMMENT_SORTS)[number];

/** Filters of GET /api/comments (all optional; `cursor` continues a previous page). */
export interface CommentQuery {
  status?: CommentStatus;
  flagged?: boolean;
  category?: RiskCategory;
  articleId?: number;
  language?: Language;
  /** ISO date or instant, inclusive. */
  from?: string;
  /** ISO date or instant, exclusive. */
  to?: string;
  sort?: CommentSort;
  limit?: number;
  cursor?: string;
}

/** One page of comments; `nextCursor` is null on the last page. */
export interface CommentPage {
  items: CommentView[];
  nextCursor: string | null;
}

/** A moderator's decision on one comment. */
export interface DecisionRequest {
  action: DecisionAction;
  reason?: RejectReason;
  note?: string;
  /** The comment version the moderator saw; a stale one gets 409. */
  expectedVersion?: number;
}

/** One immutable audit record of a status change. */
export interface ModerationEventView {
  id: number;
  commentId: number;
  actor: string;
  at: string;
  fromStatus: CommentStatus;
  toStatus: CommentStatus;
  action: DecisionAction;
  reason: RejectReason | null;
  note: string | null;
}

/** A comment after a decision, with the event it wrote. */
export interface DecisionResult {
  comment: CommentView;
  event: ModerationEventView;
}

/** One day of the tone series (Europe/Berlin days). */
export interface TonePoint {
  /** YYYY-MM-DD. */
  day: string;
  count: number;
  meanCompound: number;
  positiveShare: number;
  neutralShare: number;
  negativeShare: number;
  flaggedCount: number;
}

/** Counts of comments per moderation state and flagged ones, for queue tabs. */
export interface QueueCounts {
  flagged: number;
  statuses: Record<CommentStatus, number>;
  total: number;
}

/** GET /api/health. */
export interface HealthView {
  status: 'ok';
  database: 'ok';
  articles: number;
  comments: number;
  scorerVersion: string;
}

/** The error body the API answers with on 4xx. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
}

/** Re-exported so clients need one import. */
export type { Language, RiskCategory };
