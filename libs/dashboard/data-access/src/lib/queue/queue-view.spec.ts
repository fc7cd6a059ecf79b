import type { CommentView, QueueCounts } from '@tenor/contracts';
import {
  DEFAULT_QUEUE_VIEW,
  QueueView,
  commentFilterForFilters,
  commentFilterForView,
  commentQueryForView,
  countForTab,
  hasInstantRange,
  hasQueueFilters,
  isCommentInView,
  parseQueueView,
  queueViewParameters,
} from './queue-view';

function parametersOf(values: Record<string, string>) {
  return (name: string) => values[name] ?? null;
}

type ListedComment = Pick<CommentView, 'status' | 'risk' | 'articleId'>;

function listedComment(status: CommentView['status'], isFlagged: boolean, articleId = 1): ListedComment {
  return {
    status,
    articleId,
    risk: { score: isFlagged ? 0.9 : 0.1, flagged: isFlagged } as CommentView['risk'],
  };
}

function view(overrides: Partial<QueueView>): QueueView {
  return { ...DEFAULT_QUEUE_VIEW, ...overrides };
}

describe('parseQueueView', () => {
  it('falls back to the flagged tab sorted by risk without filters', () => {
    expect(parseQueueView(parametersOf({}))).toEqual(DEFAULT_QUEUE_VIEW);
  });

  it('reads tab, sort and every filter', () => {
    const parsed = parseQueueView(
      parametersOf({
        tab: 'all',
        sort: 'article',
        articleId: '12',
        section: 'Politik',
        language: 'en',
        category: 'threat',
        held: 'true',
        author: 'Ingo Kerp',
        q: ' Zirkon ',
        minRisk: '0.3',
        maxRisk: '1',
        from: '2022-01-01',
        to: '2022-01-31',
      }),
    );
    expect(parsed).toEqual({
      tab: 'all',
      sort: 'article',
      articleId: 12,
      section: 'Politik',
      language: 'en',
      category: 'threat',
      held: true,
      author: 'Ingo Kerp',
      search: 'Zirkon',
      minRisk: 0.3,
      maxRisk: 1,
      from: '2022-01-01',
      to: '2022-01-31',
    });
  });

  it('ignores unknown values, malformed ids, risks outside 0..1 and non-ISO days', () => {
    const parsed = parseQueueView(
      parametersOf({
        tab: 'spam',
        sort: 'newest',
        articleId: '1.5',
        language: 'fr',
        category: 'rude',
        held: 'yes',
        minRisk: '2',
        maxRisk: 'x',
        from: '01.01.2022',
        q: '   ',
      }),
    );
    expect(parsed).toEqual(DEFAULT_QUEUE_VIEW);
    expect(parseQueueView(parametersOf({ articleId: '-3' })).articleId).toBeNull();
  });
});

describe('parseQueueView with instants', () => {
  it('reads ISO instants as the bounds of an exact time range (a chart bucket)', () => {
    const parsed = parseQueueView(
      parametersOf({ tab: 'all', from: '2022-01-27T14:00:00.000Z', to: '2022-01-27T15:00:00.000Z' }),
    );
    expect(parsed.from).toBe('2022-01-27T14:00:00.000Z');
    expect(parsed.to).toBe('2022-01-27T15:00:00.000Z');
    expect(hasInstantRange(parsed)).toBe(true);
  });

  it('ignores local times without a zone and impossible days', () => {
    const parsed = parseQueueView(parametersOf({ from: '2022-01-27T14:00', to: '2022-02-30' }));
    expect([parsed.from, parsed.to]).toEqual([null, null]);
  });
});

describe('queueViewParameters', () => {
  it('leaves out defaults and absent filters', () => {
    expect(queueViewParameters(DEFAULT_QUEUE_VIEW)).toEqual({});
  });

  it('round-trips through parseQueueView', () => {
    const original = view({
      tab: 'rejected',
      sort: 'time',
      held: false,
      author: 'aurel aurelis',
      search: 'Nato',
      minRisk: 0,
      maxRisk: 0.5,
      to: '2022-02-01',
    });
    const parameters = queueViewParameters(original);
    expect(parameters).toEqual({
      tab: 'rejected',
      sort: 'time',
      held: 'false',
      author: 'aurel aurelis',
      q: 'Nato',
      minRisk: '0',
      maxRisk: '0.5',
      to: '2022-02-01',
    });
    expect(parseQueueView(parametersOf(parameters))).toEqual(original);
  });
});

describe('commentFilterForView', () => {
  it('asks for flagged pending comments on the flagged tab', () => {
    expect(commentFilterForView(DEFAULT_QUEUE_VIEW)).toEqual({ status: 'pending', flagged: true });
  });

  it('asks for one status on a status tab and for everything on the all tab', () => {
    expect(commentFilterForView(view({ tab: 'escalated' }))).toEqual({ status: 'escalated' });
    expect(commentFilterForView(view({ tab: 'all', articleId: 4 }))).toEqual({ articleId: 4 });
  });

  it('maps the search box to q and the inclusive end day to the exclusive next day', () => {
    expect(
      commentFilterForFilters(view({ search: 'Putin', from: '2022-01-27', to: '2022-01-31', minRisk: 0.2 })),
    ).toEqual({
      q: 'Putin',
      from: '2022-01-27',
      to: '2022-02-01',
      minRisk: 0.2,
    });
  });
});

describe('commentFilterForFilters with the hold', () => {
  it('asks for held or not held comments, and for both without the filter', () => {
    expect(commentFilterForFilters(view({ held: true }))).toEqual({ held: true });
    expect(commentFilterForFilters(view({ held: false }))).toEqual({ held: false });
    expect(commentFilterForFilters(view({}))).toEqual({});
  });
});

describe('commentFilterForFilters with instants', () => {
  it('passes instants through unchanged: the end instant is already exclusive', () => {
    expect(
      commentFilterForFilters(view({ from: '2022-01-27T14:00:00.000Z', to: '2022-01-27T15:00:00.000Z' })),
    ).toEqual({ from: '2022-01-27T14:00:00.000Z', to: '2022-01-27T15:00:00.000Z' });
  });

  it('mixes a start day with an end instant', () => {
    expect(commentFilterForFilters(view({ from: '2022-01-27', to: '2022-01-28T06:00:00.000Z' }))).toEqual({
      from: '2022-01-27',
      to: '2022-01-28T06:00:00.000Z',
    });
    expect(hasInstantRange(view({ from: '2022-01-27', to: '2022-01-28' }))).toBe(false);
  });
});

describe('commentQueryForView', () => {
  it('adds sort and page size to the filter', () => {
    expect(commentQueryForView(view({ tab: 'pending', sort: 'time', language: 'de' }), 10)).toEqual({
      status: 'pending',
      language: 'de',
      sort: 'time',
      limit: 10,
    });
  });
});

describe('hasQueueFilters', () => {
  it('ignores tab and sort', () => {
    expect(hasQueueFilters(view({ tab: 'all', sort: 'time' }))).toBe(false);
    expect(hasQueueFilters(view({ maxRisk: 0 }))).toBe(true);
  });
});

describe('isCommentInView', () => {
  const flaggedTab = view({});

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
    expect(
      isCommentInView(listedComment('rejected', false, 2), view({ tab: 'rejected', articleId: 1 })),
    ).toBe(false);
  });
});

describe('countForTab', () => {
  const counts: QueueCounts = {
    flagged: 2,
    total: 9,
    statuses: { pending: 4, approved: 3, rejected: 1, escalated: 1 },
  };

  it('reads the flagged, per-status and total counts', () => {
    expect(countForTab(counts, 'flagged')).toBe(2);
    expect(countForTab(counts, 'approved')).toBe(3);
    expect(countForTab(counts, 'all')).toBe(9);
  });
});
