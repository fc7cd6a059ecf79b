import { evidenceTexts, findingsOf } from '../risk-test-helpers';
import { personalDataDetector } from './personal-data.detector';

describe('personalDataDetector: street words in any case', () => {
  it.each(['HAUPTSTRASSE 5', 'Hauptstr.12', 'Am LINDENWEG 3', 'Marktplatz 1'])('finds %s', (address) => {
    const text = `Adresse: ${address} bitte`;
    expect(findingsOf(personalDataDetector, text).map((finding) => finding.rule)).toContain(
      'personalData.address',
    );
    expect(evidenceTexts(text, findingsOf(personalDataDetector, text)).join(' ')).toContain(
      address.replace('Am ', ''),
    );
  });

  it('reads the long s and dotless i as themselves, not as s and i', () => {
    expect(findingsOf(personalDataDetector, 'In der Hauptſtraße 5 wohnt er')).toEqual([]);
  });
});
