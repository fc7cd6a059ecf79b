import { bucketRanges } from './bucket-ranges';
import { foldCommentSeries, type CommentRollupRow } from './fold-series';
import { emptyCommentCounts, type CommentRollupCounts } from './rollup-counts';

function row(key: string, counts: Partial<CommentRollupCounts>): CommentRollupRow {
  return { key, counts: { ...emptyCommentCounts(), ...counts } };
}

const HOUR_ROWS = [
  // 2022-01-27 00:xx Berlin, then 15:xx Berlin, then 00:xx Berlin on the 28th.
  row('2022-01-26T23', { count: 2, compoundSumE4: -5000, negative: 2, flagged: 1, insult: 1 }),
  row('2022-01-27T14', { count: 3, compoundSumE4: 3000, positive: 2, neutral: 1 }),
  row('2022-01-27T23', { count: 1, compoundSumE4: 1234, neutral: 1, spam: 1, flagged: 1 }),
];

describe('folding comment rollups into chart points', () => {
  it('keeps hour rows in hour buckets and leaves empty hours with zeros and a null mean', () => {
    const points = foldCommentSeries(HOUR_ROWS, bucketRanges('2022-01-27', '2022-01-28', 'hour'), 'hour');
    expect(points).toHaveLength(24);
    expect(points[0]).toEqual({
      label: '2022-01-27 00:00',
      start: '2022-01-26T23:00:00.000Z',
      end: '2022-01-27T00:00:00.000Z',
      count: 2,
      meanCompound: -0.25,
      positiveShare: 0,
      neutralShare: 0,
      negativeShare: 1,
      flagged: 1,
      flaggedShare: 0.5,
      categories: { insult: 1, profanity: 0, threat: 0, hate: 0, spam: 0, personalData: 0 },
    });
    expect(points[1]).toMatchObject({ count: 0, meanCompound: null, negativeShare: 0, flaggedShare: 0 });
    expect(points[15]).toMatchObject({
      label: '2022-01-27 15:00',
      count: 3,
      meanCompound: 0.1,
      positiveShare: 2 / 3,
    });
    expect(points.reduce((sum, point) => sum + point.count, 0)).toBe(5);
  });

  it('folds hour rows into the Berlin day they fall on', () => {
    const points = foldCommentSeries(HOUR_ROWS, bucketRanges('2022-01-27', '2022-01-29', 'day'), 'day');
    expect(points.map((point) => [point.label, point.count, point.flagged])).toEqual([
      ['2022-01-27', 5, 1],
      ['2022-01-28', 1, 1],
    ]);
    expect(points[0].meanCompound).toBe(-0.04);
    expect(points[0].neutralShare).toBe(0.2);
  });

  it('folds day rows into weeks and ignores rows outside the range', () => {
    const rows = [
      row('2022-01-02', { count: 9 }),
      row('2022-01-03', { count: 4, negative: 1 }),
      row('2022-01-09', { count: 6, negative: 3 }),
      row('2022-01-10', { count: 5 }),
    ];
    const points = foldCommentSeries(rows, bucketRanges('2022-01-03', '2022-01-17', 'week'), 'week');
    expect(points.map((point) => [point.label, point.count, point.negativeShare])).toEqual([
      ['2022-01-03', 10, 0.4],
      ['2022-01-10', 5, 0],
    ]);
  });

  it('refuses to spread day rows over hour buckets', () => {
    expect(() =>
      foldCommentSeries(
        [row('2022-01-27', { count: 1 })],
        bucketRanges('2022-01-27', '2022-01-28', 'hour'),
        'hour',
      ),
    ).toThrow(/a day cannot be put into hour buckets/);
  });

  it('folds 4,500 hour rows of half a year into days quickly', () => {
    const hourRanges = bucketRanges('2022-01-01', '2022-07-06', 'hour');
    const rows = hourRanges.map((range) => row(range.start.slice(0, 13), { count: 2, negative: 1 }));
    const started = performance.now();
    const points = foldCommentSeries(rows, bucketRanges('2022-01-01', '2022-07-06', 'day'), 'day');
    const elapsedMs = performance.now() - started;
    expect(points.find((point) => point.label === '2022-03-27')?.count).toBe(46);
    expect(points.every((point) => point.negativeShare === 0.5)).toBe(true);
    // A few milliseconds on a laptop; the bound leaves room for a slow CI machine.
    expect(elapsedMs).toBeLessThan(250);
  });
});
