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
  /** The site section (Politik, Sport…); moderators can be limited to sections. */
  section?: string;
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

/**
 * What a create or batch call did: new rows, edited ones (same external id, changed text: re-scored, moderation
 * history kept), and ones that already existed unchanged. `ids` follow the input order.
 */
export interface CreateResult {
  created: number;
  updated: number;
  existing: number;
  ids: number[];
}

/** One rejected line of a bulk ingest. */
export interface IngestLineError {
  line: number;
  reason: string;
}

/** What a bulk ingest (POST /api/ingest) did; valid lines are stored even when others are rejected. */
export interface IngestReport {
  articlesCreated: number;
  commentsCreated: number;
  commentsUpdated: number;
  commentsUnchanged: number;
  rejected: number;
  /** The rejected lines with their reasons (the first 1,000; `rejected` counts all). */
  errors: IngestLineError[];
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
  section: string | null;
  /** New comments on this article wait for approval before the site shows them. */
  isPremoderated: boolean;
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
  /** Held for approval: the site shows it only after a moderator approves (pre-moderation, or a hold threshold). */
  isHeld: boolean;
  /** The moderation policy version that set its flags, tone label and hold. */
  policyVersion: number;
  scorerVersion: string;
  /** Increments on every change; send it back with a decision to detect concurrent edits. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Sort orders of the comment list: highest risk, newest, or by article (newest article first, then risk). */
export const COMMENT_SORTS = ['risk', 'time', 'article'] as const;
/** A sort order of the comment list. */
export type CommentSort = (typeof COMMENT_SORTS)[number];

/** Which comments a list, a count or a bulk decision is about (all optional, combined with AND). */
export interface CommentFilter {
  status?: CommentStatus;
  /** Whether the overall risk flag is set. */
  flagged?: boolean;
  /** Only comments flagged in this category. */
  category?: RiskCategory;
  /** Whether the comment is held for approval. */
  held?: boolean;
  articleId?: number;
  section?: string;
  language?: Language;
  /** Exact author name. */
  author?: string;
  /** Full-text search in title, body and author. */
  q?: string;
  /** Overall risk at least this (0..1). */
  minRisk?: number;
  /** Overall risk at most this (0..1). */
  maxRisk?: number;
  /** ISO date or instant, inclusive. */
  from?: string;
  /** ISO date or instant, exclusive. */
  to?: string;
}

/** GET /api/comments: a filter, a sort and a page (`cursor` continues a previous page). */
export interface CommentQuery extends CommentFilter {
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

/** Everything the audit log records: the decisions and their undo. */
export const MODERATION_ACTIONS = [...DECISION_ACTIONS, 'undo'] as const;
/** An audited action. */
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** One immutable audit record of a status change. */
export interface ModerationEventView {
  id: number;
  commentId: number;
  actor: string;
  actorUserId: number | null;
  at: string;
  fromStatus: CommentStatus;
  toStatus: CommentStatus;
  action: ModerationAction;
  reason: RejectReason | null;
  note: string | null;
}

/** An audit record with what it was about, for the audit-log page. */
export interface AuditEventView extends ModerationEventView {
  commentAuthor: string;
  articleId: number;
  articleTitle: string;
}

/** Filters of GET /api/audit (and /api/audit.csv). */
export interface AuditQuery {
  actor?: string;
  action?: ModerationAction;
  reason?: RejectReason;
  /** ISO date or instant, inclusive. */
  from?: string;
  /** ISO date or instant, exclusive. */
  to?: string;
  limit?: number;
  cursor?: string;
}

/** One page of the audit log, newest first. */
export interface AuditPage {
  items: AuditEventView[];
  nextCursor: string | null;
}

/** A decision on many comments at once: the listed ids, or every comment matching a filter. */
export interface BulkDecisionRequest {
  action: DecisionAction;
  reason?: RejectReason;
  note?: string;
  ids?: number[];
  filter?: CommentFilter;
  /** The count the moderator confirmed; when the selection now holds another number, nothing happens (409). */
  expectedCount: number;
}

/** What a bulk decision did: comments changed (one audit event each) and ones already in the target state. */
export interface BulkDecisionResult {
  decided: number;
  unchanged: number;
}

/** How many comments a bulk decision would touch. */
export interface BulkPreview {
  count: number;
}

/** One day of an author's activity. */
export interface AuthorDayPoint {
  day: string;
  count: number;
  meanCompound: number;
  meanRisk: number;
}

/** An author's record, for the comment detail. */
export interface AuthorHistory {
  author: string;
  statusCounts: Record<CommentStatus, number>;
  total: number;
  recentEvents: AuditEventView[];
  series: AuthorDayPoint[];
}

/** GET /api/comments/:id/context: a comment with everything a moderator needs beside it. */
export interface CommentContext {
  comment: CommentView;
  article: ArticleSummary;
  events: ModerationEventView[];
  authorHistory: AuthorHistory;
  /** Comments on the same article just before and after it, oldest first, the comment itself included. */
  neighbours: CommentView[];
}

/** Server-sent events on GET /api/live. */
export type LiveEvent =
  | { type: 'comments.created'; count: number; articleIds: number[] }
  | { type: 'comment.changed'; commentId: number; status: CommentStatus; version: number }
  | { type: 'alert.opened'; alertId: number; articleId: number };

/** A comment after a decision, with the event it wrote. */
export interface DecisionResult {
  comment: CommentView;
  event: ModerationEventView;
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
