import { evidenceTexts, findingsOf, strongest } from '../risk-test-helpers';
import { threatDetector } from './threat.detector';

describe('threatDetector: calls for violence', () => {
  it.each([
    ['Die gehören alle erschossen', 'gehören alle erschossen'],
    ['Man sollte sie an die Wand stellen', 'an die Wand stellen'],
    ['Den sollte man aufhängen', 'sollte man aufhängen'],
    ['Tod den Verrätern', 'Tod den'],
  ])('flags "%s"', (text, evidence) => {
    const findings = findingsOf(threatDetector, text);
    expect(strongest(findings)).toBeGreaterThanOrEqual(0.5);
    expect(evidenceTexts(text, findings)).toContain(evidence);
  });

  it('raises a violent verb in a call and addressed to the reader', () => {
    const plain = strongest(findingsOf(threatDetector, 'Sie wollen ihn abknallen'));
    expect(plain).toBeGreaterThanOrEqual(0.5);
    expect(strongest(findingsOf(threatDetector, 'Den sollte man endlich abknallen'))).toBeGreaterThan(plain);
    const direct = findingsOf(threatDetector, 'Ich bring dich um');
    expect(direct.map((finding) => finding.rule)).toContain('threat.direct');
    expect(strongest(direct)).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps reports of violence below the flag line', () => {
    expect(strongest(findingsOf(threatDetector, 'Der Täter wurde von der Polizei erschossen'))).toBeLessThan(
      0.5,
    );
    expect(strongest(findingsOf(threatDetector, 'Wäsche aufhängen ist langweilig'))).toBeLessThan(0.5);
  });

  it('does not read worry as a threat', () => {
    expect(findingsOf(threatDetector, 'dann würde es krachen, aber richtig !!!')).toEqual([]);
  });
});
