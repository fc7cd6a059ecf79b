import { normalizeText, toOriginalSpan } from './normalize';

describe('normalizeText: stretched letters', () => {
  it('shortens runs of three or more letters to two and marks them', () => {
    const original = 'Idiooooot';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('idioot');
    expect([...normalized.stretched]).toEqual([0, 0, 0, 1, 1, 0]);
    expect(toOriginalSpan(normalized, 0, normalized.text.length)).toEqual({ start: 0, end: original.length });
  });

  it('leaves ordinary double letters alone and unmarked', () => {
    const normalized = normalizeText('Ratte');
    expect(normalized.text).toBe('ratte');
    expect(normalized.stretched.every((flag) => flag === 0)).toBe(true);
  });
});
