import { DE_LEXICON_STATS, DE_TONE_VALENCES } from './generated/de-lexicon';
import { DE_BOOSTERS, DE_DAMPENERS, DE_NEGATORS } from './generated/de-modifiers';

describe('German tone lexicon coverage', () => {
  it('has at least 1,500 hand-written lemmas, inflected to many more forms', () => {
    expect(DE_LEXICON_STATS.lemmaCount).toBeGreaterThanOrEqual(1500);
    expect(DE_LEXICON_STATS.formCount).toBeGreaterThan(DE_LEXICON_STATS.lemmaCount * 5);
  });

  it('covers news-comment vocabulary in folded form', () => {
    for (const word of [
      'lachnummer',
      'bankrottgehen',
      'traurig',
      'aggression',
      'maechtige',
      'kopfschmerzen',
      'luegenpresse',
    ]) {
      expect(DE_TONE_VALENCES[word]).toBeDefined();
    }
    expect(DE_TONE_VALENCES['traurig']).toBeLessThan(0);
    expect(DE_TONE_VALENCES['hervorragend']).toBeGreaterThan(0);
  });

  it('keeps modifier words out of the lexicon, as VADER does', () => {
    for (const word of [...DE_NEGATORS]) expect(DE_TONE_VALENCES[word]).toBeUndefined();
    expect(DE_BOOSTERS).toEqual(expect.arrayContaining(['sehr', 'extrem', 'total', 'voellig', 'ziemliche']));
    expect(DE_DAMPENERS).toEqual(expect.arrayContaining(['kaum', 'etwas', 'bisschen']));
  });
});
