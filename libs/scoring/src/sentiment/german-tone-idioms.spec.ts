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
