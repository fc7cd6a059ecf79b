import { normalizeText, toOriginalSpan } from './normalize';

describe('normalizeText: spaced letters', () => {
  it.each([['I d i o t'], ['I.d.i.o.t'], ['I-d-i-o-t'], ['I_d_i_o_t'], ['I*d*i*o*t']])(
    'joins %s',
    (original) => {
      const normalized = normalizeText(`Du ${original}!`);
      expect(normalized.text).toBe('du idiot!');
      const start = normalized.text.indexOf('idiot');
      const span = toOriginalSpan(normalized, start, start + 5);
      expect(`Du ${original}!`.slice(span.start, span.end)).toBe(original);
    },
  );

  it('leaves three or fewer single letters and ordinary words alone', () => {
    expect(normalizeText('z. B. u. a.').text).toBe('z. b. u. a.');
    expect(normalizeText('a b c').text).toBe('a b c');
    expect(normalizeText('Ich bin da').text).toBe('ich bin da');
  });
});
