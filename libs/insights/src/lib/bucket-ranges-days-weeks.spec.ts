import { bucketRanges, previousRange } from './bucket-ranges';

describe('day and week buckets', () => {
  it('gives each Berlin day its 23, 24 or 25 UTC hours', () => {
    expect(bucketRanges('2022-03-26', '2022-03-29', 'day')).toEqual([
      { label: '2022-03-26', start: '2022-03-25T23:00:00.000Z', end: '2022-03-26T23:00:00.000Z' },
      { label: '2022-03-27', start: '2022-03-26T23:00:00.000Z', end: '2022-03-27T22:00:00.000Z' },
      { label: '2022-03-28', start: '2022-03-27T22:00:00.000Z', end: '2022-03-28T22:00:00.000Z' },
    ]);
    const [october30] = bucketRanges('2022-10-30', '2022-10-31', 'day');
    expect(Date.parse(october30.end) - Date.parse(october30.start)).toBe(25 * 3_600_000);
  });

  it('labels weeks by their Monday and clips the first and last week to the range', () => {
    expect(bucketRanges('2022-01-05', '2022-01-19', 'week')).toEqual([
      { label: '2022-01-03', start: '2022-01-04T23:00:00.000Z', end: '2022-01-09T23:00:00.000Z' },
      { label: '2022-01-10', start: '2022-01-09T23:00:00.000Z', end: '2022-01-16T23:00:00.000Z' },
      { label: '2022-01-17', start: '2022-01-16T23:00:00.000Z', end: '2022-01-18T23:00:00.000Z' },
    ]);
  });

  it('gives a week across the March change 167 hours and a week across the year end its Monday in December', () => {
    const [changeWeek] = bucketRanges('2022-03-21', '2022-03-28', 'week');
    expect(Date.parse(changeWeek.end) - Date.parse(changeWeek.start)).toBe(167 * 3_600_000);
    expect(bucketRanges('2021-12-29', '2022-01-05', 'week').map((range) => range.label)).toEqual([
      '2021-12-27',
      '2022-01-03',
    ]);
  });

  it('has no buckets for an empty range and rejects a reversed or malformed one', () => {
    expect(bucketRanges('2022-01-27', '2022-01-27', 'day')).toEqual([]);
    expect(() => bucketRanges('2022-01-28', '2022-01-27', 'day')).toThrow(/ends before it starts/);
    expect(() => bucketRanges('2022-01-27', '2022-13-01', 'day')).toThrow(/not a day/);
  });

  it('takes the same number of days right before as the previous period', () => {
    expect(previousRange('2022-01-10', '2022-01-17')).toEqual({ from: '2022-01-03', to: '2022-01-10' });
    expect(previousRange('2022-03-01', '2022-04-01')).toEqual({ from: '2022-01-29', to: '2022-03-01' });
    expect(previousRange('2022-01-01', '2022-01-02')).toEqual({ from: '2021-12-31', to: '2022-01-01' });
  });
});
