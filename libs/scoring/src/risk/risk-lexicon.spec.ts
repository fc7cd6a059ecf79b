import { normalizeText } from '../text/normalize';
import { tokenizeWords } from '../text/word-tokens';
import { getRiskLexicon } from './risk-lexicon';

function termsIn(text: string) {
  const [word] = tokenizeWords(normalizeText(text));
  return getRiskLexicon()
    .termsIn(word)
    .map(({ entry, match }) => `${entry[0]}/${entry[1]}:${entry[3]}:${match}`);
}

describe('RiskLexicon', () => {
  it('finds inflected forms exactly', () => {
    expect(termsIn('Idioten')).toEqual(['insult/term:Idiot:exact']);
    expect(termsIn('abgeknallt')).toEqual(['threat/violence:abknallen:exact']);
  });

  it('finds forms of one word in several lists', () => {
    expect(termsIn('Ungeziefer').sort()).toEqual([
      'hate/dehumanizing:Ungeziefer:exact',
      'insult/term:Ungeziefer:exact',
    ]);
  });

  it('collapses doubled letters only for stretched words (Rattttte yes, Rate no)', () => {
    expect(termsIn('Rattttte').sort()).toEqual(['hate/dehumanizing:Ratte:exact', 'insult/term:Ratte:exact']);
    expect(termsIn('Rate')).toEqual([]);
  });

  it('finds compound heads and first parts, longest first', () => {
    expect(termsIn('Politikeridiot')).toEqual(['insult/term:Idiot:compound-head']);
    expect(termsIn('Scheißpolitik')).toEqual(['profanity/term:Scheiße:compound-modifier']);
    expect(termsIn('Scheißidiot')).toEqual([
      'insult/term:Idiot:compound-head',
      'profanity/term:Scheiße:compound-modifier',
    ]);
  });

  it('matches masked words by their visible letters and mask length, heaviest entry first', () => {
    expect(termsIn('A****loch')).toEqual(['insult/term:Arschloch:masked']);
    expect(termsIn('F***e')).toEqual(['insult/term:Fotze:masked']);
    expect(termsIn('A*loch')).toEqual(['insult/term:Arschloch:masked']);
    expect(termsIn('X***y')).toEqual([]);
  });
});
