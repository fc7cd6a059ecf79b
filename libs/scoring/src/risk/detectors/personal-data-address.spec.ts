import { evidenceTexts, findingsOf } from '../risk-test-helpers';
import { personalDataDetector } from './personal-data.detector';

describe('personalDataDetector: street addresses', () => {
  it.each([
    'Hauptstraße 5',
    'Karl-Marx-Str. 12a',
    'Lindenweg 3',
    'Berliner Straße 7',
    'Am Marktplatz 1',
    'Hauptstrasse 5, 10115 Berlin',
  ])('finds %s', (address) => {
    const text = `Er wohnt in der ${address} und so.`;
    const findings = findingsOf(personalDataDetector, text);
    expect(evidenceTexts(text, findings)).toContain(address.replace(/^Am /, ''));
    expect(findings.every((finding) => finding.rule === 'personalData.address')).toBe(true);
  });

  it('ignores "weg" as "away" and streets without a number', () => {
    expect(findingsOf(personalDataDetector, 'scheitert weg 80 T. Familiennachzug')).toEqual([]);
    expect(findingsOf(personalDataDetector, 'Die Hauptstraße ist gesperrt')).toEqual([]);
  });
});
