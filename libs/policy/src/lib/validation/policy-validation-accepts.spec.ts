import { DEFAULT_POLICY } from '../default-policy';
import { policyWith, policyWithEntries } from '../../testing/policy-test-helpers';
import { validatePolicy } from './policy-validation';

describe('validatePolicy on valid policies', () => {
  it('accepts DEFAULT_POLICY and returns a copy of it', () => {
    const result = validatePolicy(DEFAULT_POLICY);
    expect(result.errors).toEqual([]);
    expect(result.policy).toEqual(DEFAULT_POLICY);
    expect(result.policy).not.toBe(DEFAULT_POLICY);
  });

  it('has the default values of the brief', () => {
    expect(DEFAULT_POLICY.tone).toEqual({ positive: 0.05, negative: -0.05 });
    expect(Object.values(DEFAULT_POLICY.categories)).toEqual(
      new Array(6).fill({ flag: 0.5, hold: null, reject: null }),
    );
    expect(DEFAULT_POLICY.premoderatedSections).toEqual([]);
    expect(DEFAULT_POLICY.wordLists).toEqual([]);
    expect(Object.isFrozen(DEFAULT_POLICY.categories.insult)).toBe(true);
  });

  it('accepts a policy using every setting, the bounds included', () => {
    const policy = policyWith((draft) => {
      draft.tone = { positive: 1, negative: -1 };
      draft.categories.insult = { flag: 0.4, hold: 0.6, reject: 0.9 };
      draft.categories.threat = { flag: 1, hold: null, reject: 1 };
      draft.categories.spam = { flag: 0.3, hold: 0.2, reject: null };
      draft.premoderatedSections = ['Politik', 'Panorama', 'x'.repeat(100)];
      draft.wordLists = [
        { list: 'block', term: 'Lügenpresse', mode: 'compound', category: 'hate', note: 'Kampfbegriff' },
        { list: 'watch', term: 'Lügenpresse', mode: 'compound', category: 'hate' },
        { list: 'watch', term: 'dumme Kuh', mode: 'word', category: 'insult' },
        { list: 'watch', term: 'hetz', mode: 'prefix', category: 'hate' },
        { list: 'watch', term: '\\bmerkel\\s+muss\\s+weg\\b', mode: 'regex', category: 'hate' },
        { list: 'allow', term: 'Arschbombe', mode: 'word', category: 'profanity', note: '' },
      ];
    });
    const result = validatePolicy(policy);
    expect(result.errors).toEqual([]);
    expect(result.policy).toEqual(policy);
  });

  it('drops a null note', () => {
    const input = policyWithEntries({ list: 'block', term: 'Idiot', mode: 'word', category: 'insult' });
    (input.wordLists[0] as unknown as Record<string, unknown>).note = null;
    expect(validatePolicy(input).policy?.wordLists).toEqual([
      { list: 'block', term: 'Idiot', mode: 'word', category: 'insult' },
    ]);
  });
});
