import {
  DEFAULT_TREND_VIEW,
  TrendView,
  articleTrendQueryForView,
  chartFileName,
  isHourlyAllowed,
  parseTrendView,
  rangeEndingAt,
  resolveTrendView,
  trendCsvHref,
  trendQueryForView,
  trendViewParameters,
} from './trend-view';

function parametersOf(values: Record<string, string>) {
  return (name: string) => values[name] ?? null;
}

function view(overrides: Partial<TrendView>): TrendView {
  return { ...DEFAULT_TREND_VIEW, ...overrides };
}

const EXTENT = { firstDay: '2024-01-02', lastDay: '2024-06-30' };

function resolved(overrides: Partial<TrendView>) {
  const result = resolveTrendView(view(overrides), EXTENT);
  if (result === null) throw new Error('the view did not resolve');
  return result;
}

describe('parseTrendView', () => {
  it('falls back to the default view without parameters', () => {
    expect(parseTrendView(parametersOf({}))).toEqual(DEFAULT_TREND_VIEW);
  });

  it('reads range, bucket, filters, comparison and ranking order', () => {
    expect(
      parseTrendView(
        parametersOf({
          from: '2024-06-01',
          to: '2024-06-07',
          bucket: 'hour',
          section: 'Politik',
          articleId: '12',
          language: 'de',
          compare: 'true',
          sort: 'acceleration',
        }),
      ),
    ).toEqual({
      fromDay: '2024-06-01',
      toDay: '2024-06-07',
      bucket: 'hour',
      section: 'Politik',
      articleId: 12,
      language: 'de',
      isComparing: true,
      sort: 'acceleration',
    });
  });

  it('drops a half, reversed or malformed range and unknown values', () => {
    expect(parseTrendView(parametersOf({ from: '2024-06-01' })).fromDay).toBeNull();
    expect(parseTrendView(parametersOf({ from: '2024-06-07', to: '2024-06-01' })).toDay).toBeNull();
    expect(
      parseTrendView(
        parametersOf({
          from: '1.6.2024',
          to: '2024-06-07',
          bucket: 'month',
          language: 'fr',
          sort: 'x',
          compare: '1',
        }),
      ),
    ).toEqual(DEFAULT_TREND_VIEW);
  });
});

describe('trendViewParameters', () => {
  it('leaves out defaults and round-trips through parseTrendView', () => {
    expect(trendViewParameters(DEFAULT_TREND_VIEW)).toEqual({});
    const original = view({
      fromDay: '2024-06-01',
      toDay: '2024-06-30',
      bucket: 'week',
      language: 'en',
      isComparing: true,
    });
    const parameters = trendViewParameters(original);
    expect(parameters).toEqual({
      from: '2024-06-01',
      to: '2024-06-30',
      bucket: 'week',
      language: 'en',
      compare: 'true',
    });
    expect(parseTrendView(parametersOf(parameters))).toEqual(original);
  });
});

describe('resolveTrendView', () => {
  it('defaults to the last 30 days with comments', () => {
    expect(resolveTrendView(DEFAULT_TREND_VIEW, EXTENT)).toMatchObject({
      fromDay: '2024-06-01',
      toDay: '2024-06-30',
    });
  });

  it('keeps a chosen range and is null without comments or extent', () => {
    const chosen = view({ fromDay: '2024-02-01', toDay: '2024-02-03' });
    expect(resolveTrendView(chosen, { firstDay: null, lastDay: null })).toMatchObject({
      fromDay: '2024-02-01',
    });
    expect(resolveTrendView(DEFAULT_TREND_VIEW, { firstDay: null, lastDay: null })).toBeNull();
    expect(resolveTrendView(DEFAULT_TREND_VIEW, null)).toBeNull();
  });

  it('switches hours to days beyond 31 days, and keeps them up to 31', () => {
    expect(
      resolveTrendView(view({ bucket: 'hour', fromDay: '2024-01-01', toDay: '2024-02-01' }), EXTENT)?.bucket,
    ).toBe('day');
    expect(
      resolveTrendView(view({ bucket: 'hour', fromDay: '2024-01-01', toDay: '2024-01-31' }), EXTENT)?.bucket,
    ).toBe('hour');
  });
});

describe('range helpers', () => {
  it('end quick ranges at the last day, that day included', () => {
    expect(rangeEndingAt('2024-03-01', 7)).toEqual({ fromDay: '2024-02-24', toDay: '2024-03-01' });
  });

  it('allow hours for at most 31 days', () => {
    expect(isHourlyAllowed('2024-01-01', '2024-01-31')).toBe(true);
    expect(isHourlyAllowed('2024-01-01', '2024-02-01')).toBe(false);
  });
});

describe('trendQueryForView', () => {
  it('turns the inclusive end day into the exclusive next day and adds only set filters', () => {
    const january = resolved({ fromDay: '2024-01-01', toDay: '2024-01-31', section: 'Sport' });
    expect(trendQueryForView(january)).toEqual({
      from: '2024-01-01',
      to: '2024-02-01',
      bucket: 'day',
      section: 'Sport',
    });
    expect(trendQueryForView({ ...january, articleId: 3, language: 'de', isComparing: true })).toMatchObject({
      articleId: 3,
      language: 'de',
      compare: true,
    });
  });

  it('asks the ranking for the range, section, language and order, not the article', () => {
    expect(articleTrendQueryForView(resolved({ articleId: 3, sort: 'volume', language: 'en' }))).toEqual({
      from: '2024-06-01',
      to: '2024-07-01',
      language: 'en',
      sort: 'volume',
      limit: 20,
    });
  });
});

describe('trendCsvHref and chartFileName', () => {
  it('links the same query as CSV', () => {
    expect(
      trendCsvHref('comments', { from: '2024-06-01', to: '2024-07-01', bucket: 'hour', compare: true }),
    ).toBe('/api/trends/comments?from=2024-06-01&to=2024-07-01&bucket=hour&compare=true&format=csv');
    expect(
      trendCsvHref('articles', { from: '2024-06-01', to: '2024-07-01', section: 'Kultur & Medien' }),
    ).toBe('/api/trends/articles?from=2024-06-01&to=2024-07-01&section=Kultur+%26+Medien&format=csv');
  });

  it('names a PNG after the chart and the range', () => {
    expect(chartFileName('tone', { fromDay: '2024-06-01', toDay: '2024-06-30' })).toBe(
      'tenor-tone-2024-06-01_2024-06-30.png',
    );
  });
});
