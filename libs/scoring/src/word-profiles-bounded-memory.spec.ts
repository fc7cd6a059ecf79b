import { getRiskWordFacts } from './risk/word-facts';
import { getGermanToneLexicon } from './sentiment/german-tone-lexicon';
import { normalizeText } from './text/normalize';
import { tokenizeWords } from './text/word-tokens';
import { WordProfiles } from './word-profiles';

const newProfiles = (generationSize: number) =>
  new WordProfiles(getGermanToneLexicon(), getRiskWordFacts(), generationSize);

const profileText = (profiles: WordProfiles, text: string) => {
  const normalized = normalizeText(text);
  return profiles.profileWords(normalized, tokenizeWords(normalized));
};

describe('WordProfiles: bounded memory', () => {
  it('remembers words from their second sighting, at most two generations of them', () => {
    const profiles = newProfiles(100);
    for (let round = 0; round < 2; round++)
      for (let index = 0; index < 1000; index++) profileText(profiles, `wort${index}`);
    expect(profiles.rememberedCount).toBeLessThanOrEqual(200);
    expect(profiles.rememberedCount).toBeGreaterThan(100);
    const once = newProfiles(100);
    for (let index = 0; index < 1000; index++) profileText(once, `einmal${index}`);
    expect(once.rememberedCount).toBe(0);
  });

  it('keeps a word in use while others come and go', () => {
    const profiles = newProfiles(50);
    profileText(profiles, 'Idiot');
    profileText(profiles, 'Idiot');
    expect(profiles.isRemembered('idiot')).toBe(true);
    for (let index = 0; index < 2000; index++) {
      for (let sighting = 0; sighting < 2; sighting++) profileText(profiles, `name${index}`);
      if (index % 20 === 0) {
        expect(profiles.isRemembered('idiot')).toBe(true);
        profileText(profiles, 'Idiot');
      }
    }
  });

  it('gives a remembered word the same profile as a fresh analysis, long words and their neighbours too', () => {
    const text =
      'Vollidiot Scheißpolitik gut nicht der Regierungschaos Regierungschaot Bundesregierung Bundesregierungs';
    const profiles = newProfiles(10);
    profileText(profiles, text);
    const remembered = profileText(profiles, text);
    const fresh = profileText(newProfiles(10), text);
    expect(remembered.toneInfos).toEqual(fresh.toneInfos);
    expect(remembered.riskFacts).toEqual(fresh.riskFacts);
    expect([remembered.germanWords, remembered.englishWords]).toEqual([
      fresh.germanWords,
      fresh.englishWords,
    ]);
    for (const word of ['regierungschaos', 'regierungschaot', 'bundesregierung', 'bundesregierungs', 'gut'])
      expect(profiles.isRemembered(word)).toBe(true);
    expect(profiles.isRemembered('regierungschao')).toBe(false);
    expect(Array.from(remembered.offenseMemos.offsets).every((offset) => offset >= 0)).toBe(true);
    expect(Array.from(fresh.offenseMemos.offsets).every((offset) => offset === -1)).toBe(true);
  });
});
