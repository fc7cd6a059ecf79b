import { normalizeText, toOriginalSpan } from './normalize';

describe('normalizeText: leetspeak', () => {
  it.each([
    ['Id10t', 'idiot'],
    ['1diot', 'idiot'],
    ['5chwein', 'schwein'],
    ['H4rtz', 'hartz'],
    ['Arschl0ch', 'arschloch'],
    ['B@stard', 'bastard'],
    ['A$$loch', 'assloch'],
    ['Id!ot', 'idiot'],
    ['W1chs3r', 'wichser'],
  ])('reads %s as %s', (original, expected) => {
    const normalized = normalizeText(original);
    expect(normalized.text).toBe(expected);
    expect(toOriginalSpan(normalized, 0, normalized.text.length)).toEqual({ start: 0, end: original.length });
  });

  it.each([
    ['5000 Helme', '5000 helme'],
    ['in den 1970ern', 'in den 1970ern'],
    ['G20 und A4', 'g20 und a4'],
    ['@spdde hallo!', '@spdde hallo!'],
    ['Toll!!', 'toll!!'],
  ])('leaves numbers, mentions and punctuation alone: %s', (original, expected) => {
    expect(normalizeText(original).text).toBe(expected);
  });
});
