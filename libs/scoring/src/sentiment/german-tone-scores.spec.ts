import { scoreGermanTone, scoreValence } from './german-tone';
import { NORMALIZE_ALPHA } from './vader-constants';

describe('German tone: VADER scoring arithmetic', () => {
  it('computes compound and shares as vader-sentiment does', () => {
    const scores = scoreValence([0, 0, 1.9], 'Das ist gut');
    expect(scores.compound).toBe(Math.round((1.9 / Math.sqrt(1.9 * 1.9 + NORMALIZE_ALPHA)) * 1e4) / 1e4);
    expect(scores.pos).toBe(Math.round((2.9 / 4.9) * 1e3) / 1e3);
    expect(scores.neu).toBe(Math.round((2 / 4.9) * 1e3) / 1e3);
    expect(scores.neg).toBe(0);
  });

  it('reproduces the text-level numbers for a simple sentence', () => {
    expect(scoreGermanTone('Das ist gut.')).toEqual({ compound: 0.4404, pos: 0.592, neu: 0.408, neg: 0 });
  });

  it('gives empty or wordless text a neutral share of 1', () => {
    expect(scoreGermanTone('')).toEqual({ compound: 0, pos: 0, neu: 1, neg: 0 });
    expect(scoreGermanTone('... !!!')).toEqual({ compound: 0, pos: 0, neu: 1, neg: 0 });
  });

  it('keeps shares summing to 1 (up to rounding)', () => {
    const scores = scoreGermanTone('Der Service war gut, aber das Essen war leider furchtbar und teuer.');
    expect(scores.pos + scores.neu + scores.neg).toBeCloseTo(1, 2);
  });
});
