import type { ModerationPolicy } from '@tenor/contracts';
import { policyWith } from '../../testing/policy-test-helpers';
import { validatePolicy } from './policy-validation';

/** The policy as loose JSON, for breaking it in ways the type forbids. */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(change: (policy: Loose) => void): string[] {
  const result = validatePolicy(policyWith((policy) => change(policy as unknown as Loose)));
  expect(result.policy).toBeNull();
  return result.errors;
}

describe('validatePolicy on the root, tone, categories and sections', () => {
  it('rejects a policy that is not an object', () => {
    for (const input of [null, 'policy', [], 42])
      expect(validatePolicy(input).errors).toEqual(['policy: must be an object']);
  });

  it.each<[string, (policy: Loose) => void, string[]]>([
    ['an unknown key', (p) => (p.language = 'de'), ['language: should not exist']],
    ['a missing key', (p) => delete p.tone, ['tone: is required']],
    ['tone not an object', (p) => (p.tone = 0.05), ['tone: must be an object']],
    [
      'a tone cut-off that is no number',
      (p) => (p.tone.positive = '0.05'),
      ['tone.positive: must be a number'],
    ],
    ['a tone cut-off above 1', (p) => (p.tone.positive = 1.5), ['tone.positive: must not be greater than 1']],
    [
      'a tone cut-off below -1',
      (p) => (p.tone.negative = -1.01),
      ['tone.negative: must not be less than -1'],
    ],
    [
      'negative not below positive',
      (p) => (p.tone.negative = 0.05),
      ['tone.negative: must be below tone.positive (0.05)'],
    ],
    ['an unknown tone key', (p) => (p.tone.neutral = 0), ['tone.neutral: should not exist']],
    ['a missing category', (p) => delete p.categories.threat, ['categories.threat: is required']],
    [
      'an unknown category',
      (p) => (p.categories.spelling = { flag: 0.5, hold: null, reject: null }),
      ['categories.spelling: should not exist'],
    ],
    ['a missing threshold', (p) => delete p.categories.hate.hold, ['categories.hate.hold: is required']],
    [
      'an unknown threshold',
      (p) => (p.categories.hate.warn = 0.3),
      ['categories.hate.warn: should not exist'],
    ],
    [
      'a flag threshold of 0',
      (p) => (p.categories.insult.flag = 0),
      ['categories.insult.flag: must be greater than 0'],
    ],
    [
      'a null flag threshold',
      (p) => (p.categories.insult.flag = null),
      ['categories.insult.flag: must be a number'],
    ],
    [
      'a threshold above 1',
      (p) => (p.categories.spam.reject = 1.2),
      ['categories.spam.reject: must not be greater than 1'],
    ],
    [
      'a threshold as text',
      (p) => (p.categories.spam.hold = '0.7'),
      ['categories.spam.hold: must be a number or null'],
    ],
    [
      'reject below flag',
      (p) => (p.categories.insult.reject = 0.4),
      ['categories.insult.reject: must not be below the flag threshold (0.5)'],
    ],
    [
      'hold above reject',
      (p) => (p.categories.threat = { flag: 0.5, hold: 0.9, reject: 0.8 }),
      ['categories.threat.hold: must not be above the reject threshold (0.8)'],
    ],
    [
      'sections not an array',
      (p) => (p.premoderatedSections = 'Politik'),
      ['premoderatedSections: must be an array'],
    ],
    [
      'an empty section',
      (p) => (p.premoderatedSections = ['Politik', ' ']),
      ['premoderatedSections[1]: must not be empty'],
    ],
    [
      'a section as a number',
      (p) => (p.premoderatedSections = [7]),
      ['premoderatedSections[0]: must be a string'],
    ],
    [
      'an untrimmed section',
      (p) => (p.premoderatedSections = [' Politik']),
      ['premoderatedSections[0]: must not begin or end with white space'],
    ],
    [
      'a section of 101 characters',
      (p) => (p.premoderatedSections = ['x'.repeat(101)]),
      ['premoderatedSections[0]: must be shorter than or equal to 100 characters'],
    ],
    [
      'a section twice (case aside)',
      (p) => (p.premoderatedSections = ['Politik', 'Sport', 'politik']),
      ['premoderatedSections[2]: duplicates premoderatedSections[0] ("politik")'],
    ],
  ])('rejects %s', (_case, change, expected) => {
    expect(errorsOf(change)).toEqual(expected);
  });

  it('reports every problem at once', () => {
    expect(
      errorsOf((p) => {
        p.extra = true;
        p.tone.positive = 2;
        p.categories.insult.flag = -1;
        p.premoderatedSections = [''];
        p.wordLists = [{ list: 'ban', term: 'x', mode: 'word', category: 'insult' }];
      }),
    ).toEqual([
      'extra: should not exist',
      'tone.positive: must not be greater than 1',
      'categories.insult.flag: must be greater than 0',
      'premoderatedSections[0]: must not be empty',
      'wordLists[0].list: must be one of the following values: block, watch, allow',
    ]);
  });

  it('keeps the input untouched', () => {
    const input: ModerationPolicy = policyWith((p) => (p.premoderatedSections = ['Politik']));
    const copy = structuredClone(input);
    validatePolicy(input);
    expect(input).toEqual(copy);
  });
});
