import { COMMENT_SORTS } from '@tenor/contracts';
import type { CommentQuery, CommentSort, CommentStatus, CommentView, QueueCounts } from '@tenor/contracts';

/** The queue tabs, in display order; `flagged` means flagged and still pending. */
export const QUEUE_TABS = ['flagged', 'pending', 'escalated', 'approved', 'rejected', 'all'] as const;
/** A queue tab. */
export type QueueTab = (typeof QUEUE_TABS)[number];

/** What the queue page shows: a tab, a sort order and an optional article filter. */
export interface QueueView {
  tab: QueueTab;
  sort: CommentSort;
  articleId: number | null;
}

/** The view of /queue without query parameters. */
export const DEFAULT_QUEUE_VIEW: QueueView = { tab: 'flagged', sort: 'risk', articleId: null };

/** Reads a queue view from URL query parameters (`tab`, `sort`, `articleId`), falling back to the defaults for bad values. */
export function parseQueueView(readParameter: (name: string) => string | null): QueueView {
  const tab = readParameter('tab');
  const sort = readParameter('sort');
  const articleId = Number(readParameter('articleId') ?? Number.NaN);
  return {
    tab: (QUEUE_TABS as readonly string[]).includes(tab ?? '') ? (tab as QueueTab) : DEFAULT_QUEUE_VIEW.tab,
    sort: (COMMENT_SORTS as readonly string[]).includes(sort ?? '') ? (sort as CommentSort) : DEFAULT_QUEUE_VIEW.sort,
    articleId: Number.isInteger(articleId) && articleId > 0 ? articleId : null,
  };
}

/** The GET /api/comments filters of a view's first page. */
export function commentQueryForView(view: QueueView, limit: number): CommentQuery {
  const query: CommentQuery = { sort: view.sort, limit };
  if (view.tab === 'flagged') {
    query.status = 'pending';
    query.flagged = true;
  } else if (view.tab !== 'all') {
    query.status = view.tab;
  }
  if (view.articleId !== null) {
    query.articleId = view.articleId;
  }
  return query;
}

/** Whether a comment (for instance after a decision) still belongs in a view's list. */
export function isCommentInView(comment: Pick<CommentView, 'status' | 'risk' | 'articleId'>, view: QueueView): boolean {
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
