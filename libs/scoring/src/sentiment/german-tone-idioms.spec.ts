import { analyseGermanTone } from './german-tone';
import { valenceIn } from './tone-test-helpers';

describe('German tone: idioms and the never-so rule', () => {
  it('reads "na toll" as sarcasm and "nicht schlecht" as praise', () => {
    expect(valenceIn('Na toll, wieder Stau', 'toll')).toBe(-1.5);
    expect(analyseGermanTone('Na toll.').scores.compound).toBeLessThan(0);
    expect(valenceIn('Das war nicht schlecht', 'schlecht')).toBe(1.5);
  });

  it('zeroes the other words of an idiom', () => {
    const analysis = analyseGermanTone('Danke für nichts');
    expect(analysis.contributions.map((contribution) => contribution.text)).toEqual(['nichts']);
    expect(analysis.scores.compound).toBeLessThan(0);
  });

  it('reads "noch nie so glücklich" as intensified, not negated', () => {
    expect(valenceIn('Ich war noch nie so glücklich', 'glücklich')).toBeGreaterThan(2.7);
  });
});

describe('German tone: discourse phrases and overlapping idioms', () => {
  it('gives discourse phrases no tone (ehrlich gesagt, so gut wie)', () => {
    expect(analyseGermanTone('Ehrlich gesagt weiß ich es nicht.').scores.compound).toBe(0);
    expect(analyseGermanTone('Das ist so gut wie sicher.').scores.compound).toBe(0);
  });

  it('prefers the longest idiom ending on a word (nicht in Ordnung over in Ordnung)', () => {
    expect(analyseGermanTone('Das ist in Ordnung.').scores.compound).toBeGreaterThan(0);
    expect(analyseGermanTone('Das ist nicht in Ordnung.').scores.compound).toBeLessThan(0);
  });
});
