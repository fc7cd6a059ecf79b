import { scoreGermanTone } from './german-tone';
import { lexiconValence, valenceIn } from './tone-test-helpers';

describe('German tone: masked words', () => {
  it('reads a masked rude word as the most negative lexicon form it fits', () => {
    expect(valenceIn('Was für ein A****loch.', 'A****loch')).toBe(lexiconValence('arschloch'));
    expect(valenceIn('Sch***e, kein Netz.', 'Sch***e')).toBeLessThan(0);
    expect(scoreGermanTone('Halt doch einfach die F***e.').compound).toBeLessThan(0);
  });

  it('never reads a masked word as praise, and needs two visible letters', () => {
    expect(valenceIn('Das war g**', 'g**')).toBeUndefined();
    expect(valenceIn('Das war s*****', 's*****')).toBeUndefined();
  });
});
