import { bucketRanges } from './bucket-ranges';

describe('hour buckets', () => {
  it('covers a winter day with 24 hours labelled in Berlin time', () => {
    const ranges = bucketRanges('2022-01-27', '2022-01-28', 'hour');
    expect(ranges).toHaveLength(24);
    expect(ranges[0]).toEqual({
      label: '2022-01-27 00:00',
      start: '2022-01-26T23:00:00.000Z',
      end: '2022-01-27T00:00:00.000Z',
    });
    expect(ranges[15]).toEqual({
      label: '2022-01-27 15:00',
      start: '2022-01-27T14:00:00.000Z',
      end: '2022-01-27T15:00:00.000Z',
    });
    expect(ranges[23].end).toBe('2022-01-27T23:00:00.000Z');
  });

  it('skips 02:00 on the March change day, which has 23 hours', () => {
    const labels = bucketRanges('2022-03-27', '2022-03-28', 'hour').map((range) => range.label);
    expect(labels).toHaveLength(23);
    expect(labels.slice(0, 4)).toEqual([
      '2022-03-27 00:00',
      '2022-03-27 01:00',
      '2022-03-27 03:00',
      '2022-03-27 04:00',
    ]);
  });

  it('has two 02:00 hours on the October change day, the second marked (+1)', () => {
    const ranges = bucketRanges('2022-10-30', '2022-10-31', 'hour');
    expect(ranges).toHaveLength(25);
    expect(ranges.slice(1, 5)).toEqual([
      { label: '2022-10-30 01:00', start: '2022-10-29T23:00:00.000Z', end: '2022-10-30T00:00:00.000Z' },
      { label: '2022-10-30 02:00', start: '2022-10-30T00:00:00.000Z', end: '2022-10-30T01:00:00.000Z' },
      { label: '2022-10-30 02:00 (+1)', start: '2022-10-30T01:00:00.000Z', end: '2022-10-30T02:00:00.000Z' },
      { label: '2022-10-30 03:00', start: '2022-10-30T02:00:00.000Z', end: '2022-10-30T03:00:00.000Z' },
    ]);
    expect(new Set(ranges.map((range) => range.label)).size).toBe(25);
  });

  it('leaves no gap and no overlap across several days and a year end', () => {
    const ranges = bucketRanges('2021-12-30', '2022-01-02', 'hour');
    expect(ranges).toHaveLength(72);
    ranges.slice(1).forEach((range, index) => expect(range.start).toBe(ranges[index].end));
    expect(ranges[48].label).toBe('2022-01-01 00:00');
  });
});
