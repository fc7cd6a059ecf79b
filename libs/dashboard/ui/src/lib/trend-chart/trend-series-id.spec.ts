import { categorySeriesId, previousSeriesId, trendSeriesMeaning } from './trend-series-id';

describe('trendSeriesMeaning', () => {
  it('reads the period and the risk category of a clicked series', () => {
    expect(trendSeriesMeaning(categorySeriesId('threat'))).toEqual({ isPrevious: false, category: 'threat' });
    expect(trendSeriesMeaning(previousSeriesId('volume'))).toEqual({ isPrevious: true, category: null });
    expect(trendSeriesMeaning(previousSeriesId(categorySeriesId('hate')))).toEqual({
      isPrevious: true,
      category: 'hate',
    });
  });

  it('treats a click beside the series and unknown ids as the current period without category', () => {
    expect(trendSeriesMeaning(null)).toEqual({ isPrevious: false, category: null });
    expect(trendSeriesMeaning('category:rudeness')).toEqual({ isPrevious: false, category: null });
  });
});
