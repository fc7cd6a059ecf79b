import { evidenceTexts, findingsOf, strongest } from '../risk-test-helpers';
import { spamDetector } from './spam.detector';

describe('spamDetector', () => {
  it('finds links and flags several, or a link with an ad phrase', () => {
    const text = 'Jetzt kaufen: https://example.com/deal und www.example.org.';
    const findings = findingsOf(spamDetector, text);
    expect(evidenceTexts(text, findings)).toEqual(
      expect.arrayContaining(['https://example.com/deal', 'www.example.org', 'Jetzt kaufen']),
    );
    expect(findings.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(['spam.url', 'spam.advertising']),
    );
  });

  it('counts a bare domain less than a link, and not inside an e-mail address', () => {
    const bare = findingsOf(spamDetector, 'Laut spiegel.de stimmt das');
    expect(bare.map((finding) => finding.score)).toEqual([0.3]);
    expect(findingsOf(spamDetector, 'Schreib an max@example.de')).toEqual([]);
  });

  it('finds repetition: character runs and word floods', () => {
    const text = 'kaufen kaufen kaufen kaufen!!!!!!!!!!';
    const rules = findingsOf(spamDetector, text).map((finding) => finding.rule);
    expect(rules.filter((rule) => rule === 'spam.repetition')).toHaveLength(2);
  });

  it('finds shouting', () => {
    const findings = findingsOf(spamDetector, 'DAS IST EINE FRECHHEIT UND EINE SCHANDE FÜR DAS LAND');
    expect(findings.map((finding) => finding.rule)).toEqual(['spam.shouting']);
  });

  it('finds advertising phrases', () => {
    const text = 'Verdiene 500 Euro am Tag von zu Hause, klicke hier';
    expect(strongest(findingsOf(spamDetector, text))).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves ordinary comments alone, even with a few exclamation marks', () => {
    expect(findingsOf(spamDetector, 'Das ist eine interessante Ansicht, aber richtig !!!')).toEqual([]);
  });
});
