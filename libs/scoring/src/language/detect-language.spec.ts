import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('recognises German comments', () => {
    expect(detectLanguage('Die Ukraine ist vorbereitet und Putin wagt keinen Einmarsch.')).toBe('de');
    expect(detectLanguage('Ich hoffe, dass sich das Problem lösen lässt.')).toBe('de');
  });

  it('recognises English comments', () => {
    expect(detectLanguage('This is the best article I have read about the war so far.')).toBe('en');
    expect(detectLanguage('I do not think that they will stop, but we can hope.')).toBe('en');
  });

  it('defaults short or ambiguous text to German', () => {
    expect(detectLanguage('')).toBe('de');
    expect(detectLanguage('Ok')).toBe('de');
    expect(detectLanguage('NATO!')).toBe('de');
    expect(detectLanguage('the end')).toBe('de');
  });

  it('lets umlauts outweigh a few English words', () => {
    expect(detectLanguage('Das ist the best, für mich schön und grün')).toBe('de');
  });
});
