import { getGermanToneLexicon } from './german-tone-lexicon';
import { lexiconValence } from './tone-test-helpers';

const lexicon = getGermanToneLexicon();

describe('German tone: compound guards', () => {
  it('stops at a neutral head instead of guessing a shorter one inside it', () => {
    expect(lexicon.infoOf('waffenstillstand').valence).toBeUndefined();
    expect(lexicon.infoOf('vormarsch').valence).toBeUndefined();
    expect(lexicon.infoOf('kontinentalfluege').valence).toBeUndefined();
  });

  it('splits no head off after a bare prefix (ver|danken, ent|sorge)', () => {
    expect(lexicon.infoOf('verdanken').valence).toBeUndefined();
    expect(lexicon.infoOf('entsorge').valence).toBeUndefined();
  });

  it('never takes a nohead word as a head (Opti|mist, Buda|pest, Neu|gier)', () => {
    expect(lexicon.infoOf('optimist').valence).toBeUndefined();
    expect(lexicon.infoOf('budapest').valence).toBeUndefined();
    expect(lexicon.infoOf('neugier').valence).toBeUndefined();
  });

  it('lets adjectives marked head end any compound (deutsch|feindlich, pendler|freundlich)', () => {
    expect(lexicon.infoOf('deutschfeindlich').valence).toBe(lexiconValence('feindlich'));
    expect(lexicon.infoOf('pendlerfreundliche').valence).toBe(lexiconValence('freundliche'));
    expect(lexicon.infoOf('stadtschoen').valence).toBeUndefined();
  });
});
