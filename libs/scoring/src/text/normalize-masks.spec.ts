import { normalizeText } from './normalize';

describe('normalizeText: masked letters', () => {
  it.each([
    ['A****loch', 'a****loch'],
    ['F***e', 'f***e'],
    ['Schei#e', 'schei*e'],
    ['Arsch__ch', 'arsch**ch'],
    ['F***', 'f***'],
  ])('marks the mask in %s', (original, expected) => {
    expect(normalizeText(original).text).toBe(expected);
  });

  it('reads a star around a long word as emphasis, and # before a word as a hashtag', () => {
    expect(normalizeText('*Idiot*').text).toBe(' idiot ');
    expect(normalizeText('#SPD').text).toBe(' spd');
  });

  it('reads gender notation as no mask (Bürger*innen, Lehrer_in)', () => {
    expect(normalizeText('Bürger*innen').text).toBe('buerger innen');
    expect(normalizeText('Lehrer_in').text).toBe('lehrer in');
  });
});
