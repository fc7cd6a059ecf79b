import { EMPTY_TONE_TREND_FILTER, nextDay, toneTrendQueryForFilter } from './tone-trend-range';

describe('toneTrendQueryForFilter', () => {
  it('asks for all data when nothing is chosen', () => {
    expect(toneTrendQueryForFilter(EMPTY_TONE_TREND_FILTER)).toEqual({});
  });

  it('turns the inclusive end day into the exclusive next day', () => {
    expect(toneTrendQueryForFilter({ fromDay: '2022-01-01', toDay: '2022-01-31', articleId: 5 })).toEqual({
      from: '2022-01-01',
      to: '2022-02-01',
      articleId: 5,
    });
  });

  it('ignores values that are not ISO days', () => {
    expect(toneTrendQueryForFilter({ fromDay: '01.01.2022', toDay: '', articleId: null })).toEqual({});
  });
});

describe('nextDay', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(nextDay('2022-01-31')).toBe('2022-02-01');
    expect(nextDay('2021-12-31')).toBe('2022-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });

  it('is not shifted by daylight saving time', () => {
    expect(nextDay('2022-03-27')).toBe('2022-03-28');
    expect(nextDay('2022-10-30')).toBe('2022-10-31');
  });
});
