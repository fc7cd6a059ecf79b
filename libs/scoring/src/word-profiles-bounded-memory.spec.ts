import { getRiskWordFacts } from './risk/word-facts';
import { getGermanToneLexicon } from './sentiment/german-tone-lexicon';
import { normalizeText } from './text/normalize';
import { tokenizeWords } from './text/word-tokens';
import { WordProfiles } from './word-profiles';

const wordsOf = (text: string) => tokenizeWords(normalizeText(text));

describe('WordProfiles: bounded memory', () => {
  it('remembers words from their second sighting, at most two generations of them', () => {
    const profiles = new WordProfiles(getGermanToneLexicon(), getRiskWordFacts(), 100);
    for (let round = 0; round < 2; round++)
      for (let index = 0; index < 1000; index++)
        for (const word of wordsOf(`wort${index}`)) profiles.profileOf(word);
    expect(profiles.rememberedCount).toBeLessThanOrEqual(200);
    expect(profiles.rememberedCount).toBeGreaterThan(100);
    const once = new WordProfiles(getGermanToneLexicon(), getRiskWordFacts(), 100);
    for (let index = 0; index < 1000; index++)
      for (const word of wordsOf(`einmal${index}`)) once.profileOf(word);
    expect(once.rememberedCount).toBe(0);
  });

  it('keeps a word in use while others come and go', () => {
    const profiles = new WordProfiles(getGermanToneLexicon(), getRiskWordFacts(), 50);
    const [idiot] = wordsOf('Idiot');
    profiles.profileOf(idiot);
    const remembered = profiles.profileOf(idiot);
    for (let index = 0; index < 2000; index++) {
      for (let sighting = 0; sighting < 2; sighting++)
        for (const word of wordsOf(`name${index}`)) profiles.profileOf(word);
      if (index % 20 === 0) expect(profiles.profileOf(idiot)).toBe(remembered);
    }
  });

  it('gives a remembered word the same profile as a fresh analysis', () => {
    const profiles = new WordProfiles(getGermanToneLexicon(), getRiskWordFacts(), 10);
    const fresh = new WordProfiles(getGermanToneLexicon(), getRiskWordFacts(), 10);
    for (const word of wordsOf('Vollidiot Scheißpolitik gut nicht der Regierungschaos')) {
      profiles.profileOf(word);
      expect(profiles.profileOf(word)).toEqual(fresh.profileOf(word));
    }
  });
});
