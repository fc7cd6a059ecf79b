import { normalizeText } from './normalize';
import { tokenizeWords } from './word-tokens';

function words(text: string) {
  return tokenizeWords(normalizeText(text));
}

describe('tokenizeWords', () => {
  it('splits normalized text into words with offsets into it', () => {
    const tokens = words('Das „mächtige“ Russland');
    expect(tokens.map((token) => token.text)).toEqual(['das', 'maechtige', 'russland']);
    expect(tokens[1]).toMatchObject({ start: 5, end: 14 });
  });

  it('numbers sentences at . ! ? and line breaks, not at abbreviations or inside numbers', () => {
    const tokens = words('Das ist z.B. gut. Nr. 5.000 ist viel! Neu\nZeile');
    const sentenceOf = (text: string) => tokens.find((token) => token.text === text)?.sentence;
    expect(sentenceOf('das')).toBe(0);
    expect(sentenceOf('gut')).toBe(0);
    expect(sentenceOf('nr')).toBe(1);
    expect(sentenceOf('viel')).toBe(1);
    expect(sentenceOf('neu')).toBe(2);
    expect(sentenceOf('zeile')).toBe(3);
  });

  it('marks masked and stretched words', () => {
    const [masked, stretched, plain] = words('A****loch Idiooot Idiot');
    expect(masked).toMatchObject({ text: 'a****loch', isMasked: true, isStretched: false });
    expect(stretched).toMatchObject({ text: 'idioot', isMasked: false, isStretched: true });
    expect(plain).toMatchObject({ text: 'idiot', isMasked: false, isStretched: false });
  });
});
