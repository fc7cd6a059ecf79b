import { combineScores, EXTRA_EVIDENCE_DAMPING } from './combine-scores';

describe('combineScores', () => {
  it('is 0 without findings and the score itself for one', () => {
    expect(combineScores([])).toBe(0);
    expect(combineScores([0.7])).toBeCloseTo(0.7, 10);
  });

  it('adds damped noisy-OR credit for further findings', () => {
    const noisyOr = 1 - 0.7 * 0.7;
    expect(combineScores([0.3, 0.3])).toBeCloseTo(0.3 + EXTRA_EVIDENCE_DAMPING * (noisyOr - 0.3), 10);
    expect(combineScores([0.3, 0.3])).toBeLessThan(0.5);
    expect(combineScores([0.8, 0.1])).toBeGreaterThan(0.8);
  });

  it('stays within 0..1 and clamps out-of-range scores', () => {
    expect(combineScores([1, 1, 1])).toBe(1);
    expect(combineScores([1.4, -0.2])).toBeLessThanOrEqual(1);
  });
});
