import { matchesOf } from './regex-matches';

describe('matchesOf', () => {
  it.each([
    [/\d+/g, 'a1b22c333'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\b\w+@\w+\.de\b/gi, 'mail AN@X.DE oder b@y.de'],
    [/zz/g, 'nothing here'],
  ])('finds what matchAll finds for %s', (pattern, text) => {
    const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
    expect(matchesOf(pattern, text).map((match) => [match.index, match[0]])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  });
});
