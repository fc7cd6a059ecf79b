import { alertCommentsParameters } from './alert-links';

describe('alertCommentsParameters', () => {
  it('lists the article comments of the alert window, whatever their status', () => {
    expect(
      alertCommentsParameters({
        articleId: 4,
        windowStart: '2024-03-05T14:00:00.000Z',
        windowEnd: '2024-03-05T17:00:00.000Z',
      }),
    ).toEqual({
      tab: 'all',
      articleId: '4',
      from: '2024-03-05T14:00:00.000Z',
      to: '2024-03-05T17:00:00.000Z',
    });
  });
});
