import { evidenceTexts, findingsOf, strongest } from '../risk-test-helpers';
import { hateDetector } from './hate.detector';

describe('hateDetector', () => {
  it('flags slurs on their own', () => {
    const findings = findingsOf(hateDetector, 'Diese Kanaken überall');
    expect(findings.map((finding) => finding.rule)).toEqual(['hate.slur']);
    expect(strongest(findings)).toBeGreaterThanOrEqual(0.5);
  });

  it('flags vermin words near an identity term, with both in the evidence', () => {
    const text = 'Die Flüchtlinge sind Ungeziefer';
    const findings = findingsOf(hateDetector, text);
    expect(findings.map((finding) => finding.rule)).toContain('hate.dehumanization');
    expect(evidenceTexts(text, findings)).toContain('Flüchtlinge sind Ungeziefer');
    expect(strongest(findings)).toBeGreaterThanOrEqual(0.5);
  });

  it('does not call a vermin word hate without a group', () => {
    expect(findingsOf(hateDetector, 'Im Keller sind Ratten und Ungeziefer')).toEqual([]);
  });

  it('flags strong insults aimed at a group', () => {
    const findings = findingsOf(hateDetector, 'Muslime sind alle Idioten');
    expect(findings.map((finding) => finding.rule)).toContain('hate.identity-insult');
    expect(strongest(findings)).toBeGreaterThanOrEqual(0.5);
  });

  it('flags exclusion and extermination phrases', () => {
    expect(strongest(findingsOf(hateDetector, 'Ausländer raus!'))).toBeGreaterThanOrEqual(0.8);
    expect(findingsOf(hateDetector, 'Ab ins Gas mit denen').map((finding) => finding.rule)).toContain(
      'hate.extermination',
    );
  });

  it('leaves neutral mentions of groups alone', () => {
    expect(findingsOf(hateDetector, 'Viele Flüchtlinge und Migranten arbeiten in der Pflege')).toEqual([]);
  });
});
