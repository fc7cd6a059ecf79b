import { bucketRanges } from './bucket-ranges';
import { foldDecisionSeries } from './fold-series';
import { emptyDecisionCounts } from './rollup-counts';

describe('folding decision rollups into chart points', () => {
  it('sums the actions per bucket and counts every audited action, undo included, in total', () => {
    const rows = [
      { key: '2022-10-30T00', counts: { ...emptyDecisionCounts(), approve: 4, reject: 1 } },
      { key: '2022-10-30T01', counts: { ...emptyDecisionCounts(), escalate: 2, undo: 1 } },
      { key: '2022-10-31', counts: { ...emptyDecisionCounts(), approve: 1 } },
    ];
    const points = foldDecisionSeries(rows, bucketRanges('2022-10-30', '2022-11-01', 'day'), 'day');
    expect(points).toEqual([
      {
        label: '2022-10-30',
        start: '2022-10-29T22:00:00.000Z',
        end: '2022-10-30T23:00:00.000Z',
        total: 8,
        actions: { approve: 4, reject: 1, escalate: 2, undo: 1 },
      },
      {
        label: '2022-10-31',
        start: '2022-10-30T23:00:00.000Z',
        end: '2022-10-31T23:00:00.000Z',
        total: 1,
        actions: { approve: 1, reject: 0, escalate: 0, undo: 0 },
      },
    ]);
  });

  it('keeps the two 02:00 hours of the October change apart', () => {
    const rows = [
      { key: '2022-10-30T00', counts: { ...emptyDecisionCounts(), approve: 4 } },
      { key: '2022-10-30T01', counts: { ...emptyDecisionCounts(), reject: 2 } },
    ];
    const points = foldDecisionSeries(rows, bucketRanges('2022-10-30', '2022-10-31', 'hour'), 'hour');
    expect(points.slice(2, 4).map((point) => [point.label, point.total])).toEqual([
      ['2022-10-30 02:00', 4],
      ['2022-10-30 02:00 (+1)', 2],
    ]);
  });
});
