import { COMMENT_STATUSES } from '@tenor/contracts';
import type { CommentStatus, CommentView, LiveEvent } from '@tenor/contracts';

/** The server-sent event types the dashboard follows (besides `heartbeat`). */
export const LIVE_EVENT_TYPES = ['comments.created', 'comment.changed', 'alert.opened'] as const;

/** First reconnect delay after the live stream dropped, doubled per failed attempt. */
export const FIRST_RECONNECT_DELAY_MS = 1_000;
/** Longest reconnect delay: a dashboard left open over a server restart is back within half a minute. */
export const MAX_RECONNECT_DELAY_MS = 30_000;
/** Share of the delay randomised, so many dashboards do not reconnect in the same instant. */
const RECONNECT_JITTER = 0.2;

/** Reads one server-sent event into a LiveEvent; anything malformed (or of another type) is null. */
export function parseLiveEvent(type: string, data: string): LiveEvent | null {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) {
    return null;
  }
  const record = body as Record<string, unknown>;
  if (type === 'comments.created' && isWholeNumber(record['count']) && Array.isArray(record['articleIds'])) {
    return { type, count: record['count'], articleIds: record['articleIds'].filter(isWholeNumber) };
  }
  if (
    type === 'comment.changed' &&
    isWholeNumber(record['commentId']) &&
    isWholeNumber(record['version']) &&
    isStatus(record['status'])
  ) {
    return { type, commentId: record['commentId'], status: record['status'], version: record['version'] };
  }
  if (type === 'alert.opened' && isWholeNumber(record['alertId']) && isWholeNumber(record['articleId'])) {
    return { type, alertId: record['alertId'], articleId: record['articleId'] };
  }
  return null;
}

/** How long to wait before reconnect attempt `attempt` (0-based): doubling from one second up to 30 s, ±20 %. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RECONNECT_DELAY_MS, FIRST_RECONNECT_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 - RECONNECT_JITTER + 2 * RECONNECT_JITTER * random()));
}

/** A listed comment updated by a `comment.changed` event, or null when the card already shows that version or a newer one. */
export function withLiveChange(
  comment: CommentView,
  change: { status: CommentStatus; version: number },
): CommentView | null {
  return change.version > comment.version
    ? { ...comment, status: change.status, version: change.version }
    : null;
}

/** Whether new comments concern a queue filtered to one article (or to none). */
export function concernsArticle(articleIds: readonly number[], filteredArticleId: number | null): boolean {
  return filteredArticleId === null || articleIds.includes(filteredArticleId);
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function isStatus(value: unknown): value is CommentStatus {
  return typeof value === 'string' && (COMMENT_STATUSES as readonly string[]).includes(value);
}
