import type { BulkDecisionRequest, CommentFilter } from '@tenor/contracts';
import type { QueueView } from './queue-view';

/**
 * What a bulk decision applies to: checked cards, every comment matching the queue's filter, or every pending
 * comment on the filtered article within the risk range.
 */
export type BulkSelection =
  | { kind: 'ids'; ids: readonly number[] }
  | { kind: 'matching'; filter: CommentFilter }
  | { kind: 'article-range'; filter: CommentFilter; articleId: number; minRisk: number; maxRisk: number };

/** The `ids` or `filter` part of a preview or bulk-decision request. */
export function bulkSelectionBody(selection: BulkSelection): Pick<BulkDecisionRequest, 'ids' | 'filter'> {
  return selection.kind === 'ids' ? { ids: [...selection.ids] } : { filter: selection.filter };
}

/**
 * "Everything pending on this article within this risk range": only with an article filter; the risk range is the
 * queue's (0..1 when unset). Other filters are deliberately left out so the scope says exactly what it names.
 */
export function articleRiskRangeSelection(
  view: Pick<QueueView, 'articleId' | 'minRisk' | 'maxRisk'>,
): BulkSelection | null {
  if (view.articleId === null) {
    return null;
  }
  const minRisk = view.minRisk ?? 0;
  const maxRisk = view.maxRisk ?? 1;
  return {
    kind: 'article-range',
    articleId: view.articleId,
    minRisk,
    maxRisk,
    filter: { articleId: view.articleId, status: 'pending', minRisk, maxRisk },
  };
}

/** Reads the new count of a 409 answer to a bulk decision ({ count }), or null when the body has none. */
export function conflictCountOf(body: unknown): number | null {
  if (
    typeof body === 'object' &&
    body !== null &&
    'count' in body &&
    typeof body.count === 'number' &&
    Number.isInteger(body.count)
  ) {
    return body.count;
  }
  return null;
}
