import type { CommentView, QueueCounts } from '@tenor/contracts';
import { DEFAULT_QUEUE_VIEW, QueueView, commentQueryForView, countForTab, isCommentInView, parseQueueView } from './queue-view';

function parametersOf(values: Record<string, string>) {
  return (name: string) => values[name] ?? null;
}

type ListedComment = Pick<CommentView, 'status' | 'risk' | 'articleId'>;

function listedComment(status: CommentView['status'], isFlagged: boolean, articleId = 1): ListedComment {
  return { status, articleId, risk: { score: isFlagged ? 0.9 : 0.1, flagged: isFlagged } as CommentView['risk'] };
}

describe('parseQueueView', () => {
  it('falls back to the flagged tab sorted by risk', () => {
    expect(parseQueueView(parametersOf({}))).toEqual(DEFAULT_QUEUE_VIEW);
  });

  it('reads tab, sort and article id', () => {
    expect(parseQueueView(parametersOf({ tab: 'all', sort: 'time', articleId: '12' }))).toEqual({
      tab: 'all',
      sort: 'time',
      articleId: 12,
    });
  });

  it('ignores unknown tabs, sorts and malformed ids', () => {
    expect(parseQueueView(parametersOf({ tab: 'spam', sort: 'newest', articleId: '1.5' }))).toEqual(DEFAULT_QUEUE_VIEW);
    expect(parseQueueView(parametersOf({ articleId: '-3' })).articleId).toBeNull();
    expect(parseQueueView(parametersOf({ articleId: 'abc' })).articleId).toBeNull();
  });
});

describe('commentQueryForView', () => {
  it('asks for flagged pending comments on the flagged tab', () => {
    expect(commentQueryForView(DEFAULT_QUEUE_VIEW, 20)).toEqual({ status: 'pending', flagged: true, sort: 'risk', limit: 20 });
  });

  it('asks for one status on a status tab and for everything on the all tab', () => {
    expect(commentQueryForView({ tab: 'escalated', sort: 'time', articleId: null }, 10)).toEqual({
      status: 'escalated',
      sort: 'time',
      limit: 10,
    });
    expect(commentQueryForView({ tab: 'all', sort: 'risk', articleId: 4 }, 10)).toEqual({ sort: 'risk', limit: 10, articleId: 4 });
  });
});

describe('isCommentInView', () => {
  const flaggedTab: QueueView = { tab: 'flagged', sort: 'risk', articleId: null };

  it('keeps a comment on the all tab whatever its status', () => {
    expect(isCommentInView(listedComment('approved', true), { ...flaggedTab, tab: 'all' })).toBe(true);
  });

  it('drops a flagged comment from the flagged tab once it is decided', () => {
    expect(isCommentInView(listedComment('pending', true), flaggedTab)).toBe(true);
    expect(isCommentInView(listedComment('approved', true), flaggedTab)).toBe(false);
    expect(isCommentInView(listedComment('pending', false), flaggedTab)).toBe(false);
  });

  it('matches status tabs by status and honours the article filter', () => {
    expect(isCommentInView(listedComment('rejected', false), { ...flaggedTab, tab: 'rejected' })).toBe(true);
    expect(isCommentInView(listedComment('rejected', false, 2), { tab: 'rejected', sort: 'risk', articleId: 1 })).toBe(false);
  });
});

describe('countForTab', () => {
  const counts: QueueCounts = { flagged: 2, total: 9, statuses: { pending: 4, approved: 3, rejected: 1, escalated: 1 } };

  it('reads the flagged, per-status and total counts', () => {
    expect(countForTab(counts, 'flagged')).toBe(2);
    expect(countForTab(counts, 'approved')).toBe(3);
    expect(countForTab(counts, 'all')).toBe(9);
  });
});
