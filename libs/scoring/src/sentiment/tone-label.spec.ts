import { DEFAULT_TONE_THRESHOLDS, labelTone } from './tone-label';

describe('labelTone', () => {
  it("uses VADER's ±0.05 by default, inclusive", () => {
    expect(labelTone(0.05, DEFAULT_TONE_THRESHOLDS)).toBe('positive');
    expect(labelTone(0.0499, DEFAULT_TONE_THRESHOLDS)).toBe('neutral');
    expect(labelTone(-0.05, DEFAULT_TONE_THRESHOLDS)).toBe('negative');
  });

  it('follows custom thresholds', () => {
    expect(labelTone(0.3, { positive: 0.5, negative: -0.5 })).toBe('neutral');
    expect(labelTone(-0.6, { positive: 0.5, negative: -0.5 })).toBe('negative');
  });
});
