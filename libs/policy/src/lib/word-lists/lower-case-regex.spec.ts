import { lowerCaseRegex, lowerCaseSource } from './lower-case-regex';

describe('lowerCaseRegex', () => {
  it.each([
    ['merkel\\s+muss\\s+weg', 'merkel\\s+muss\\s+weg'],
    ['Merkel\\s+MUSS\\s+Weg', 'merkel\\s+muss\\s+weg'],
    ['\\bVolks\\w{0,20}[VW]erraeter\\b', '\\bvolks\\w{0,20}[vw]erraeter\\b'],
    ['[A-Z]{2}\\d', '[A-Za-z]{2}\\d'],
    ['[^A-Fa]x', '[^A-Fa-fa]x'],
    ['\\W\\S\\D\\B', '\\W\\S\\D\\B'],
    ['(?<Name>X)\\k<Name>', '(?<Name>x)\\k<Name>'],
  ])('lowers the letters of %s', (source, lowered) => {
    expect(lowerCaseSource(source)).toBe(lowered);
    expect(lowerCaseRegex(source).flags).toBe('gu');
  });

  it.each(['\\x41BC', '\\p{Lu}', '[À-Þ]', '\\u0130'])('keeps the i flag for %s', (source) => {
    expect(lowerCaseSource(source)).toBeNull();
    expect(lowerCaseRegex(source).flags).toBe('giu');
  });

  it('matches folded text as the pattern with the flags giu does', () => {
    const folded = 'die volksverraeter und ab12 sowie merkel muss weg, kk1';
    for (const source of ['Volks\\w{0,20}Verraeter', '[A-Z]{2}\\d', 'MERKEL\\s+muss', '\\bK{2}\\d']) {
      const matches = (regex: RegExp) => [...folded.matchAll(regex)].map((match) => match[0]);
      expect(matches(lowerCaseRegex(source))).toEqual(matches(new RegExp(source, 'giu')));
    }
  });
});
