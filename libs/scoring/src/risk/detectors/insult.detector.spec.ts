import { evidenceTexts, findingsOf, strongest } from '../risk-test-helpers';
import { insultDetector } from './insult.detector';

describe('insultDetector', () => {
  it('finds listed insults in their inflected forms', () => {
    const text = 'Diese Idioten und Trottel regieren uns';
    const findings = findingsOf(insultDetector, text);
    expect(evidenceTexts(text, findings)).toEqual(['Idioten', 'Trottel']);
    expect(findings.every((finding) => finding.rule === 'insult.lexicon')).toBe(true);
    expect(strongest(findings)).toBeGreaterThanOrEqual(0.5);
  });

  it('scores an insult aimed at the reader higher', () => {
    const loose = strongest(findingsOf(insultDetector, 'Ein Dummkopf war das'));
    const aimed = strongest(findingsOf(insultDetector, 'Du bist ein Dummkopf'));
    const exclaimed = strongest(findingsOf(insultDetector, 'So ein Dummkopf'));
    expect(aimed).toBeGreaterThan(loose);
    expect(exclaimed).toBeGreaterThan(loose);
    expect(strongest(findingsOf(insultDetector, 'Er hält ihn für einen Dummkopf'))).toBe(loose);
  });

  it('finds insults at the end of compounds (Politikeridiot)', () => {
    const text = 'Diese Politikeridioten';
    const findings = findingsOf(insultDetector, text);
    expect(findings.map((finding) => finding.rule)).toEqual(['insult.compound']);
    expect(evidenceTexts(text, findings)).toEqual(['Politikeridioten']);
  });

  it('finds insult phrases', () => {
    const text = 'Halt doch einfach die Klappe, du bist dumm wie Brot';
    const rules = findingsOf(insultDetector, text).map((finding) => finding.rule);
    expect(rules).toContain('insult.phrase');
  });

  it('keeps mild words below the flag line on their own', () => {
    expect(strongest(findingsOf(insultDetector, 'Die Marine ist eine Lachnummer'))).toBeLessThan(0.5);
    expect(findingsOf(insultDetector, 'Ein sachlicher, freundlicher Beitrag')).toEqual([]);
  });
});
