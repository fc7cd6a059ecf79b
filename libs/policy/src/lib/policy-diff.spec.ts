import type { WordListEntry } from '@tenor/contracts';
import { policyWith } from '../testing/policy-test-helpers';
import { DEFAULT_POLICY } from './default-policy';
import { diffPolicies, MAX_LISTED_ENTRY_CHANGES } from './policy-diff';

const luegenpresse: WordListEntry = {
  list: 'block',
  term: 'Lügenpresse',
  mode: 'compound',
  category: 'hate',
};

describe('diffPolicies', () => {
  it('finds nothing between equal policies', () => {
    expect(diffPolicies(DEFAULT_POLICY, structuredClone(DEFAULT_POLICY))).toEqual([]);
  });

  it('writes tone and threshold changes the German way', () => {
    const before = policyWith((p) => (p.categories.personalData.hold = 0.8));
    const after = policyWith((p) => {
      p.tone = { positive: 0.1, negative: -0.1 };
      p.categories.insult = { flag: 0.4, hold: null, reject: 0.9 };
      p.categories.profanity.flag = 0.455;
    });
    expect(diffPolicies(before, after)).toEqual([
      { path: 'tone.positive', text: 'Ton: positiv ab 0,05 → 0,10', before: 0.05, after: 0.1 },
      { path: 'tone.negative', text: 'Ton: negativ bis −0,05 → −0,10', before: -0.05, after: -0.1 },
      {
        path: 'categories.insult.flag',
        text: 'Beleidigung: Markieren ab 0,50 → 0,40',
        before: 0.5,
        after: 0.4,
      },
      {
        path: 'categories.insult.reject',
        text: 'Beleidigung: Ablehnen aus → ab 0,90',
        before: null,
        after: 0.9,
      },
      {
        path: 'categories.profanity.flag',
        text: 'Vulgarität: Markieren ab 0,50 → 0,455',
        before: 0.5,
        after: 0.455,
      },
      {
        path: 'categories.personalData.hold',
        text: 'Persönliche Daten: Zurückhalten ab 0,80 → aus',
        before: 0.8,
        after: null,
      },
    ]);
  });

  it('lists sections taken off and added', () => {
    const before = policyWith((p) => (p.premoderatedSections = ['Sport', 'Kultur']));
    const after = policyWith((p) => (p.premoderatedSections = ['Kultur', 'Politik']));
    expect(diffPolicies(before, after)).toEqual([
      {
        path: 'premoderatedSections',
        text: 'Vorab-Moderation: − Rubrik „Sport“',
        before: 'Sport',
        after: null,
      },
      {
        path: 'premoderatedSections',
        text: 'Vorab-Moderation: + Rubrik „Politik“',
        before: null,
        after: 'Politik',
      },
    ]);
  });

  it('lists word-list entries removed, changed and added, list by list', () => {
    const idiot: WordListEntry = { list: 'watch', term: 'Idiot', mode: 'word', category: 'insult' };
    const before = policyWith((p) => {
      p.wordLists = [idiot, { list: 'watch', term: 'hetz', mode: 'prefix', category: 'hate' }];
    });
    const after = policyWith((p) => {
      p.wordLists = [
        { ...idiot, category: 'hate', note: 'neu' },
        luegenpresse,
        { list: 'allow', term: 'Arschbombe', mode: 'word', category: 'profanity' },
      ];
    });
    expect(diffPolicies(before, after).map((change) => change.text)).toEqual([
      'Sperrliste: + „Lügenpresse“ (Wortteil, Hassrede)',
      'Beobachtungsliste: „Idiot“ (ganzes Wort): Beleidigung → Hassrede',
      'Beobachtungsliste: „Idiot“ (ganzes Wort, Hassrede): Notiz geändert',
      'Beobachtungsliste: − „hetz“ (Wortanfang, Hassrede)',
      'Erlaubt-Liste: + „Arschbombe“ (ganzes Wort)',
    ]);
    expect(diffPolicies(before, after)[0]).toEqual({
      path: 'wordLists',
      text: 'Sperrliste: + „Lügenpresse“ (Wortteil, Hassrede)',
      before: null,
      after: luegenpresse,
    });
  });

  it('sums up long word-list changes in one line', () => {
    const after = policyWith((p) => {
      p.wordLists = Array.from({ length: MAX_LISTED_ENTRY_CHANGES + 1_200 }, (_, index) => ({
        ...luegenpresse,
        term: `Wort ${index}`,
      }));
    });
    const changes = diffPolicies(DEFAULT_POLICY, after);
    expect(changes).toHaveLength(MAX_LISTED_ENTRY_CHANGES + 1);
    expect(changes[changes.length - 1]).toEqual({
      path: 'wordLists',
      text: 'Sperrliste: 1.200 weitere Änderungen',
      before: null,
      after: 1_200,
    });
  });
});
