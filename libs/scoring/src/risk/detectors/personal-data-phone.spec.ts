import { evidenceTexts, findingsOf } from '../risk-test-helpers';
import { personalDataDetector } from './personal-data.detector';

describe('personalDataDetector: phone numbers', () => {
  it.each([
    '0171 1234567',
    '+49 171 1234567',
    '0049 (0)30 1234567',
    '030/12345678',
    '(030) 123 456 78',
    '+43 1 5123456',
  ])('finds %s', (number) => {
    const text = `Ruf an: ${number}.`;
    const findings = findingsOf(personalDataDetector, text);
    expect(evidenceTexts(text, findings)).toEqual([number]);
    expect(findings[0].rule).toBe('personalData.phone');
  });

  it.each([
    '5.000 Stahlhelme',
    'am 27.01.2022 um 15:10',
    'Seit 1970 sind 30 000 Soldaten da',
    'Artikel 0815',
  ])('ignores numbers that are no phone numbers: %s', (text) => {
    expect(findingsOf(personalDataDetector, text)).toEqual([]);
  });
});
