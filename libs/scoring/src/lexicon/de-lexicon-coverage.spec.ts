import { getGermanToneLexicon } from '../sentiment/german-tone-lexicon';
import { DE_LEXICON_STATS, DE_NEUTRAL_FORMS } from './generated/de-lexicon';
import { DE_BOOSTERS, DE_DAMPENERS, DE_NEGATORS } from './generated/de-modifiers';

const lexicon = getGermanToneLexicon();

describe('German tone lexicon coverage', () => {
  it('has at least 4,000 hand-written lemmas, inflected to many more forms', () => {
    expect(DE_LEXICON_STATS.lemmaCount).toBeGreaterThanOrEqual(4000);
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
      'versager',
      'heuchler',
      'kriegstreiber',
      'schnapsidee',
      'totalausfall',
      'unterirdisch',
      'zuvorkommend',
    ]) {
      expect(lexicon.valenceOf(word)).toBeDefined();
    }
    expect(lexicon.valenceOf('traurig')).toBeLessThan(0);
    expect(lexicon.valenceOf('hervorragend')).toBeGreaterThan(0);
  });

  it('keeps modifier words out of the lexicon, as VADER does', () => {
    for (const word of [...DE_NEGATORS]) expect(lexicon.valenceOf(word)).toBeUndefined();
    expect(DE_BOOSTERS).toEqual(expect.arrayContaining(['sehr', 'extrem', 'total', 'voellig', 'ziemliche']));
    expect(DE_DAMPENERS).toEqual(expect.arrayContaining(['kaum', 'etwas', 'bisschen']));
  });

  it('gives no form of the neutral list a valence', () => {
    expect(DE_NEUTRAL_FORMS.length).toBeGreaterThan(DE_LEXICON_STATS.neutralLemmaCount);
    for (const form of DE_NEUTRAL_FORMS) expect(lexicon.valenceOf(form)).toBeUndefined();
  });
});
