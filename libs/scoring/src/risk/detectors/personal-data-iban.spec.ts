import { evidenceTexts, findingsOf } from '../risk-test-helpers';
import { isValidIban, personalDataDetector } from './personal-data.detector';

describe('personalDataDetector: IBAN', () => {
  it('accepts IBANs whose mod-97 checksum is valid, with or without spaces', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('AT61 1904 3002 3457 3201')).toBe(true);
  });

  it('rejects a wrong check digit, a wrong length for the country, and junk', () => {
    expect(isValidIban('DE88370400440532013000')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
    expect(isValidIban('XX00')).toBe(false);
  });

  it('finds a valid IBAN in text with exact offsets and no phone number inside it', () => {
    const text = 'Spenden an DE89 3704 0044 0532 0130 00, danke';
    const findings = findingsOf(personalDataDetector, text);
    expect(evidenceTexts(text, findings)).toEqual(['DE89 3704 0044 0532 0130 00']);
    expect(findings[0]).toMatchObject({ rule: 'personalData.iban', score: 0.9 });
  });

  it('ignores IBAN-shaped text with a wrong checksum', () => {
    expect(
      findingsOf(personalDataDetector, 'Konto DE88 3704 0044 0532 0130 00').map((finding) => finding.rule),
    ).not.toContain('personalData.iban');
  });
});
