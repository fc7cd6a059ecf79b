import { evidenceTexts, findingsOf } from '../risk-test-helpers';
import { personalDataDetector } from './personal-data.detector';

describe('personalDataDetector: e-mail', () => {
  it('finds e-mail addresses with exact offsets', () => {
    const text = 'Schreibt mir: max.mustermann+tenor@mail.example.de!';
    const findings = findingsOf(personalDataDetector, text);
    expect(evidenceTexts(text, findings)).toEqual(['max.mustermann+tenor@mail.example.de']);
    expect(findings[0]).toMatchObject({ rule: 'personalData.email', score: 0.8 });
  });

  it('finds spelled-out addresses', () => {
    const text = 'Kontakt: anna (at) example (dot) org';
    expect(evidenceTexts(text, findingsOf(personalDataDetector, text))).toEqual([
      'anna (at) example (dot) org',
    ]);
  });

  it('does not take @mentions for addresses', () => {
    expect(findingsOf(personalDataDetector, '@tagesschau bitte korrigieren')).toEqual([]);
  });
});
