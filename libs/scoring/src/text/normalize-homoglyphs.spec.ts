import { normalizeText } from './normalize';

describe('normalizeText: homoglyphs', () => {
  it('maps Cyrillic look-alikes to Latin letters', () => {
    expect(normalizeText('іdіоt').text).toBe('idiot');
    expect(normalizeText('АРСН').text).toBe('apch');
  });

  it('maps Greek look-alikes to Latin letters', () => {
    expect(normalizeText('ΙDΙΟΤ').text).toBe('idiot');
  });

  it('maps fullwidth Latin to ASCII', () => {
    expect(normalizeText('ＩＤＩＯＴ').text).toBe('idiot');
  });
});
