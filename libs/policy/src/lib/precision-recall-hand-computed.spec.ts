import { categoryCurve, DecisionHistogram, firstFlaggedBin } from './precision-recall';

/** Counts by hundredth: index → count. */
function bins(counts: Record<number, number>): number[] {
  const histogram = new Array<number>(101).fill(0);
  for (const [bin, count] of Object.entries(counts)) histogram[Number(bin)] = count;
  return histogram;
}

// 10 approved: 2 at 0.07, 4 at 0.10-0.109, 3 at 0.30, 1 at 0.60.
// 7 rejected: 1 at 0.20, 2 at 0.55, 3 at 0.80, 1 at 1.00.
const histogram: DecisionHistogram = {
  approved: bins({ 7: 2, 10: 4, 30: 3, 60: 1 }),
  rejected: bins({ 20: 1, 55: 2, 80: 3, 100: 1 }),
};

describe('categoryCurve on a hand-computed histogram', () => {
  const curve = categoryCurve('insult', histogram, 0.5, 0.555);
  const at = (threshold: number) => curve.points.find((point) => point.threshold === threshold);

  it('has the regular points and the current and proposed thresholds, in order', () => {
    expect(curve.category).toBe('insult');
    expect(curve.points.map((point) => point.threshold)).toEqual([
      0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.555, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85,
      0.9, 0.95, 1,
    ]);
  });

  it.each([
    // threshold, flagged approved, flagged rejected (of 7)
    [0.05, 10, 7],
    [0.1, 8, 7],
    [0.15, 4, 7],
    [0.25, 4, 6],
    [0.55, 1, 6],
    [0.6, 1, 4],
    [0.65, 0, 4],
    [0.85, 0, 1],
    [1, 0, 1],
  ])('at %s flags %s approved and %s rejected comments', (threshold, approved, rejected) => {
    expect(at(threshold)).toEqual({
      threshold,
      precision: rejected / (approved + rejected),
      recall: rejected / 7,
    });
  });

  it('marks the current and proposed thresholds, reading one between hundredths as the next hundredth up', () => {
    expect(curve.current).toEqual({ threshold: 0.5, precision: 6 / 7, recall: 6 / 7 });
    // 0.555 counts from bin 56: the two rejected comments at 0.55-0.559 drop out.
    expect(curve.proposed).toEqual({ threshold: 0.555, precision: 4 / 5, recall: 4 / 7 });
    expect(at(0.555)).toEqual(curve.proposed);
  });

  it('rounds thresholds on a hundredth exactly despite binary fractions', () => {
    expect(firstFlaggedBin(0.07)).toBe(7);
    expect(firstFlaggedBin(0.29)).toBe(29);
    expect(firstFlaggedBin(0.57)).toBe(57);
    expect(firstFlaggedBin(0.071)).toBe(8);
    expect(categoryCurve('spam', histogram, 0.07, 0.08).current).toEqual({
      threshold: 0.07,
      precision: 7 / 17,
      recall: 1,
    });
  });

  it('gives null precision when nothing is flagged and null recall without rejected comments', () => {
    const onlyApproved = { approved: bins({ 10: 5 }), rejected: bins({}) };
    const empty = categoryCurve('hate', onlyApproved, 0.5, 0.05);
    expect(empty.current).toEqual({ threshold: 0.5, precision: null, recall: null });
    expect(empty.proposed).toEqual({ threshold: 0.05, precision: 0, recall: null });
  });

  it('does not repeat a threshold that is also a regular point', () => {
    expect(categoryCurve('spam', histogram, 0.5, 0.5).points).toHaveLength(20);
  });
});
