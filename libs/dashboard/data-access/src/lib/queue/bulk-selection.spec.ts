import { articleRiskRangeSelection, bulkSelectionBody, conflictCountOf } from './bulk-selection';

describe('bulkSelectionBody', () => {
  it('sends checked cards as ids', () => {
    expect(bulkSelectionBody({ kind: 'ids', ids: [3, 1] })).toEqual({ ids: [3, 1] });
  });

  it('sends "all matching" and the article range as a filter', () => {
    expect(bulkSelectionBody({ kind: 'matching', filter: { status: 'pending', q: 'Nato' } })).toEqual({
      filter: { status: 'pending', q: 'Nato' },
    });
  });
});

describe('articleRiskRangeSelection', () => {
  it('needs an article filter', () => {
    expect(articleRiskRangeSelection({ articleId: null, minRisk: 0.2, maxRisk: 0.4 })).toBeNull();
  });

  it('selects pending comments of the article within the risk range, 0..1 when unset', () => {
    expect(articleRiskRangeSelection({ articleId: 3, minRisk: null, maxRisk: 0.3 })).toEqual({
      kind: 'article-range',
      articleId: 3,
      minRisk: 0,
      maxRisk: 0.3,
      filter: { articleId: 3, status: 'pending', minRisk: 0, maxRisk: 0.3 },
    });
  });
});

describe('conflictCountOf', () => {
  it('reads the count of a 409 body', () => {
    expect(conflictCountOf({ statusCode: 409, message: 'the selection now holds 3', count: 3 })).toBe(3);
    expect(conflictCountOf({ count: 0 })).toBe(0);
  });

  it('returns null without a whole count', () => {
    expect(conflictCountOf({ message: 'x' })).toBeNull();
    expect(conflictCountOf({ count: '3' })).toBeNull();
    expect(conflictCountOf(null)).toBeNull();
  });
});
