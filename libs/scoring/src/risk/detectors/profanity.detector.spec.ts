import { evidenceTexts, findingsOf, strongest } from '../risk-test-helpers';
import { profanityDetector } from './profanity.detector';

describe('profanityDetector', () => {
  it('finds vulgar words and vulgar first parts of compounds', () => {
    const text = 'So eine Scheiße, diese Scheißregierung';
    const findings = findingsOf(profanityDetector, text);
    expect(evidenceTexts(text, findings)).toEqual(['Scheiße', 'Scheißregierung']);
    expect(findings.map((finding) => finding.rule)).toEqual(['profanity.lexicon', 'profanity.compound']);
    expect(strongest(findings)).toBeGreaterThanOrEqual(0.5);
  });

  it('finds the folded spelling and vulgar phrases', () => {
    expect(strongest(findingsOf(profanityDetector, 'scheisse'))).toBeGreaterThanOrEqual(0.5);
    expect(findingsOf(profanityDetector, 'Leck mich am Arsch').map((finding) => finding.rule)).toContain(
      'profanity.phrase',
    );
  });

  it('scores mild words low and clean text not at all', () => {
    expect(strongest(findingsOf(profanityDetector, 'Mist, verdammt'))).toBeLessThan(0.5);
    expect(findingsOf(profanityDetector, 'Alles in Ordnung')).toEqual([]);
  });
});
