import type { CommentView } from '@tenor/contracts';
import {
  MAX_RECONNECT_DELAY_MS,
  concernsArticle,
  parseLiveEvent,
  reconnectDelayMs,
  withLiveChange,
} from './live-event';

describe('parseLiveEvent', () => {
  it('reads comment.changed and comments.created events', () => {
    expect(
      parseLiveEvent(
        'comment.changed',
        '{"type":"comment.changed","commentId":4,"status":"approved","version":2}',
      ),
    ).toEqual({
      type: 'comment.changed',
      commentId: 4,
      status: 'approved',
      version: 2,
    });
    expect(parseLiveEvent('comments.created', '{"count":3,"articleIds":[1,2]}')).toEqual({
      type: 'comments.created',
      count: 3,
      articleIds: [1, 2],
    });
  });

  it('reads alert.opened events', () => {
    expect(parseLiveEvent('alert.opened', '{"alertId":7,"articleId":3}')).toEqual({
      type: 'alert.opened',
      alertId: 7,
      articleId: 3,
    });
    expect(parseLiveEvent('alert.opened', '{"alertId":"7","articleId":3}')).toBeNull();
  });

  it('ignores malformed data, unknown statuses and other types', () => {
    expect(parseLiveEvent('comment.changed', 'not json')).toBeNull();
    expect(parseLiveEvent('comment.changed', '{"commentId":4,"status":"deleted","version":2}')).toBeNull();
    expect(parseLiveEvent('heartbeat', '{}')).toBeNull();
    expect(parseLiveEvent('comments.created', 'null')).toBeNull();
  });
});

describe('reconnectDelayMs', () => {
  const middle = () => 0.5;

  it('doubles from one second and stops at 30 seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => reconnectDelayMs(attempt, middle))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });

  it('spreads the delay by at most a fifth', () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(800);
    expect(reconnectDelayMs(10, () => 1)).toBe(MAX_RECONNECT_DELAY_MS * 1.2);
  });
});

describe('withLiveChange', () => {
  const comment = { id: 4, status: 'pending', version: 2 } as CommentView;

  it('applies a newer version', () => {
    expect(withLiveChange(comment, { status: 'rejected', version: 3 })).toMatchObject({
      id: 4,
      status: 'rejected',
      version: 3,
    });
  });

  it('ignores the version already shown (our own decision) and older ones', () => {
    expect(withLiveChange(comment, { status: 'approved', version: 2 })).toBeNull();
    expect(withLiveChange(comment, { status: 'approved', version: 1 })).toBeNull();
  });
});

describe('concernsArticle', () => {
  it('counts every new comment without an article filter, else only those on the article', () => {
    expect(concernsArticle([1, 2], null)).toBe(true);
    expect(concernsArticle([1, 2], 2)).toBe(true);
    expect(concernsArticle([1, 2], 3)).toBe(false);
  });
});
