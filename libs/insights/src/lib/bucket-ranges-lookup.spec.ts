import { bucketRanges, createBucketLookup } from './bucket-ranges';

describe('finding the bucket of a key', () => {
  it('maps UTC hour keys to hour buckets, both October 02:00 hours to their own bucket', () => {
    const ranges = bucketRanges('2022-10-30', '2022-10-31', 'hour');
    const bucketOf = createBucketLookup(ranges, 'hour');
    expect(bucketOf('2022-10-29T22')).toBe(0);
    expect(ranges[bucketOf('2022-10-30T00')].label).toBe('2022-10-30 02:00');
    expect(ranges[bucketOf('2022-10-30T01')].label).toBe('2022-10-30 02:00 (+1)');
    expect(bucketOf('2022-10-30T22')).toBe(24);
    expect(bucketOf('2022-10-29T21')).toBe(-1);
    expect(bucketOf('2022-10-30T23')).toBe(-1);
  });

  it('maps hour keys by their Berlin day, and days directly, into day and week buckets', () => {
    const days = createBucketLookup(bucketRanges('2022-01-26', '2022-01-29', 'day'), 'day');
    expect(days('2022-01-25T22')).toBe(-1);
    expect(days('2022-01-25T23')).toBe(0);
    expect(days('2022-01-26T23')).toBe(1);
    expect(days('2022-01-28')).toBe(2);
    expect(days('2022-01-29')).toBe(-1);
    const weeks = createBucketLookup(bucketRanges('2022-01-05', '2022-01-19', 'week'), 'week');
    expect(weeks('2022-01-04')).toBe(-1);
    expect(weeks('2022-01-05')).toBe(0);
    expect(weeks('2022-01-09T22')).toBe(0);
    expect(weeks('2022-01-09T23')).toBe(1);
    expect(weeks('2022-01-18')).toBe(2);
    expect(weeks('2022-01-18T23')).toBe(-1);
  });

  it('refuses days for hour buckets and strings that are neither', () => {
    const bucketOf = createBucketLookup(bucketRanges('2022-01-27', '2022-01-28', 'hour'), 'hour');
    expect(() => bucketOf('2022-01-27')).toThrow(/a day cannot be put into hour buckets/);
    expect(() => bucketOf('2022-01-27T14:00')).toThrow(/not an hour key or a day/);
  });

  it('looks up the hour keys of half a year of hour buckets quickly', () => {
    const ranges = bucketRanges('2022-01-01', '2022-07-06', 'hour');
    const hourKeys = ranges.map((range) => range.start.slice(0, 13));
    const started = performance.now();
    const bucketOf = createBucketLookup(ranges, 'hour');
    const indexes = hourKeys.map(bucketOf);
    const elapsedMs = performance.now() - started;
    expect(indexes).toEqual(ranges.map((_, index) => index));
    // About 4,500 keys; a few milliseconds on a laptop, the bound leaves room for a slow CI machine.
    expect(elapsedMs).toBeLessThan(250);
  });
});
