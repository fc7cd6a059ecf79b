import { evidenceTexts, findingsOf, strongest } from '../risk-test-helpers';
import { threatDetector } from './threat.detector';

describe('threatDetector: annihilation fantasies', () => {
  it.each([
    ['Die Ukraine wäre von der Weltkarte verschwunden.', 'von der Weltkarte verschwunden'],
    ['Das Land soll von der Landkarte verschwinden', 'von der Landkarte verschwinden'],
    ['Man sollte sie von der Weltkarte tilgen', 'von der Weltkarte tilgen'],
    ['Die Stadt wird dem Erdboden gleichgemacht', 'dem Erdboden gleichgemacht'],
    ['Das gehört ausradiert', 'ausradiert'],
    ['Wir werden sie auslöschen', 'auslöschen'],
    ['Das ganze Volk ausrotten', 'ausrotten'],
    ['Die machen wir platt, einfach plattmachen', 'plattmachen'],
    ['In Schutt und Asche legen!', 'In Schutt und Asche legen'],
  ])('flags "%s"', (text, evidence) => {
    const findings = findingsOf(threatDetector, text);
    expect(strongest(findings)).toBeGreaterThanOrEqual(0.5);
    expect(evidenceTexts(text, findings)).toContain(evidence);
    expect(
      findings.some((finding) => finding.rule === 'threat.annihilation' || finding.rule === 'threat.call'),
    ).toBe(true);
  });

  it('catches the word order "verschwindet von der Weltkarte"', () => {
    const text = 'Dann verschwindet das Land von der Weltkarte';
    expect(evidenceTexts(text, findingsOf(threatDetector, text))).toContain(
      'verschwindet das Land von der Weltkarte',
    );
  });

  it('keeps "vernichten" alone below the flag line (Arbeitsplätze vernichten)', () => {
    expect(strongest(findingsOf(threatDetector, 'Die Reform wird Arbeitsplätze vernichten'))).toBeLessThan(
      0.5,
    );
  });

  it('does not fire on a vanished person or a menu', () => {
    expect(findingsOf(threatDetector, 'Er ist von der Bildfläche verschwunden')).toEqual([]);
    expect(findingsOf(threatDetector, 'Das Gericht wurde von der Karte gestrichen')).toEqual([]);
  });
});
