import { POLICY } from '../../testing/policies';
import {
  policyForm,
  policyFromForm,
  policyKey,
  unparsedNumberPaths,
  withActionSwitched,
  withThreshold,
  withWordListEntryAdded,
  withWordListEntryChanged,
  withWordListEntryRemoved,
} from './policy-form';

describe('policyFromForm', () => {
  it('round-trips a saved policy', () => {
    expect(policyFromForm(policyForm(POLICY))).toEqual(POLICY);
  });

  it('reads a decimal comma and sends a switched-off action as null, keeping its text for switching back on', () => {
    let form = withThreshold(policyForm(POLICY), 'insult', 'flag', '0,35');
    form = withActionSwitched(form, 'threat', 'hold', false);
    expect(policyFromForm(form).categories.insult.flag).toBe(0.35);
    expect(policyFromForm(form).categories.threat).toEqual({ flag: 0.4, hold: null, reject: 0.9 });
    expect(policyFromForm(withActionSwitched(form, 'threat', 'hold', true)).categories.threat.hold).toBe(0.6);
  });

  it('starts an action switched on without a threshold at the flag threshold', () => {
    const form = withActionSwitched(policyForm(POLICY), 'spam', 'reject', true);
    expect(policyFromForm(form).categories.spam).toEqual({ flag: 0.6, hold: null, reject: 0.6 });
  });

  it('tidies sections and word-list rows: trimmed, blank notes left out', () => {
    const form = { ...policyForm(POLICY), premoderatedSections: [' Politik ', 'politik', 'Sport'] };
    const withRow = withWordListEntryAdded(form, 'watch');
    const key = withRow.wordLists[withRow.wordLists.length - 1].key;
    const changed = withWordListEntryChanged(withRow, key, { term: '  hetz ', mode: 'prefix', note: '  ' });
    const policy = policyFromForm(changed);
    expect(policy.premoderatedSections).toEqual(['Politik', 'Sport']);
    expect(policy.wordLists[3]).toEqual({ list: 'watch', term: 'hetz', mode: 'prefix', category: 'insult' });
  });

  it('sends what is not a number as null and names its path', () => {
    let form = withThreshold(policyForm(POLICY), 'hate', 'flag', 'hoch');
    form = withThreshold(form, 'threat', 'reject', '');
    form = { ...form, tone: { ...form.tone, negative: '-0,1' } };
    expect(policyFromForm(form).categories.hate.flag).toBeNull();
    expect(policyFromForm(form).tone.negative).toBe(-0.1);
    expect(unparsedNumberPaths(form)).toEqual(['categories.threat.reject', 'categories.hate.flag']);
  });

  it('does not ask for a number of a switched-off action', () => {
    const form = withThreshold(policyForm(POLICY), 'insult', 'hold', 'egal');
    expect(unparsedNumberPaths(form)).toEqual([]);
  });
});

describe('word-list rows', () => {
  it('get new keys, and removing one keeps the order of the others', () => {
    const form = withWordListEntryAdded(withWordListEntryAdded(policyForm(POLICY), 'block'), 'allow');
    expect(form.wordLists.map((row) => row.key)).toEqual([1, 2, 3, 4, 5]);
    const removed = withWordListEntryRemoved(form, 2);
    expect(removed.wordLists.map((row) => [row.key, row.list])).toEqual([
      [1, 'block'],
      [3, 'allow'],
      [4, 'block'],
      [5, 'allow'],
    ]);
    expect(withWordListEntryAdded(removed, 'watch').wordLists.at(-1)?.key).toBe(6);
  });
});

describe('policyKey', () => {
  it('is equal for equal policies and differs after a change', () => {
    const form = policyForm(POLICY);
    expect(policyKey(policyFromForm(form))).toBe(policyKey(POLICY));
    expect(policyKey(policyFromForm(withThreshold(form, 'spam', 'flag', '0.7')))).not.toBe(policyKey(POLICY));
  });
});
