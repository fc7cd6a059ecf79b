import { RISK_CATEGORIES, WORD_LISTS, WORD_MATCH_MODES, type ModerationPolicy } from '@tenor/contracts';
import fc from 'fast-check';
import {
  adversarialInput,
  adversarialText,
  checkLinearGrowth,
  describeInput,
  fuzzParameters,
  fuzzTarget,
  HUGE_NUMBERS,
  regexSource,
  RIGHT_TO_LEFT,
  ZERO_WIDTH,
} from '@tenor/testing/fuzz';
import { commentInput, policyWith } from '../../testing/policy-test-helpers';
import { compilePolicy } from '../compile-policy';
import { validatePolicy } from './policy-validation';

const recorder = fuzzTarget('policy.validate-policy');
/** `path: message`, the path a dotted chain of names and indexes (or `policy` for the whole). */
const ERROR_LINE = /^[A-Za-z_$][\w$]*(?:\[\d+\])?(?:\.[\w$]+(?:\[\d+\])?)*: [a-z]/;
/** The same where a key may be any text (an unknown key is named as it is). */
const ERROR_LINE_ANY_KEY = /^.*?: [a-z]/s;
const TERM_WORDS = [
  'Idiot',
  'Lügenpresse',
  'dumme Kuh',
  'I d i o t',
  'A****loch',
  ...RIGHT_TO_LEFT,
  ...ZERO_WIDTH,
];

/** Any JSON-like value, numbers of every kind (NaN, infinities, huge) included. */
const anyValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, Number.MIN_VALUE, 0.5, 1, -1, null),
  fc.constantFrom(...HUGE_NUMBERS),
);
const threshold = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: anyValue },
);
const entry = fc.record(
  {
    list: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORD_LISTS) },
      { weight: 1, arbitrary: anyValue },
    ),
    term: fc.oneof(
      adversarialText(TERM_WORDS, 6),
      regexSource(),
      fc.string({ unit: 'grapheme', maxLength: 260 }),
      anyValue,
    ),
    mode: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORD_MATCH_MODES) },
      { weight: 1, arbitrary: anyValue },
    ),
    category: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...RISK_CATEGORIES) },
      { weight: 1, arbitrary: anyValue },
    ),
    note: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null), anyValue),
  },
  { requiredKeys: ['list', 'term', 'mode', 'category'] },
);

/** The default policy with thresholds, sections and word lists replaced by generated (often invalid) ones. */
const policyLike = fc
  .tuple(
    fc.record({
      positive: threshold,
      negative: threshold.map((value) => (typeof value === 'number' ? -value : value)),
    }),
    fc.dictionary(
      fc.constantFrom(...RISK_CATEGORIES, 'spelling'),
      fc.record({
        flag: threshold,
        hold: fc.oneof(threshold, fc.constant(null)),
        reject: fc.oneof(threshold, fc.constant(null)),
      }),
    ),
    fc.array(fc.oneof(adversarialText(RIGHT_TO_LEFT, 4), anyValue), { maxLength: 5 }),
    fc.array(entry, { maxLength: 8 }),
    fc.option(fc.constantFrom('language', '__proto__', 'constructor')),
  )
  .map(([tone, categories, sections, wordLists, extraKey]) => {
    const policy: Record<string, unknown> = {
      ...policyWith(),
      tone,
      premoderatedSections: sections,
      wordLists,
    };
    policy['categories'] = { ...policyWith().categories, ...categories };
    if (extraKey !== null) Object.defineProperty(policy, extraKey, { value: 1, enumerable: true });
    return policy;
  });

function validated(kind: string, input: unknown): ReturnType<typeof validatePolicy> {
  return recorder.time(describeInput(kind, JSON.stringify(input) ?? ''), () => validatePolicy(input));
}

describe('validatePolicy on hostile policies', () => {
  it('never throws: a clean copy that validates again unchanged and evaluates any text, or one "path: message" per problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: policyLike.map((value) => ({ kind: 'policy', value })) },
          { weight: 1, arbitrary: anyValue.map((value) => ({ kind: 'any value', value })) },
        ),
        adversarialInput(TERM_WORDS),
        ({ kind, value: input }, { value: text }) => {
          const result = validated(kind, input);
          if (result.policy === null) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors)
              expect(error).toMatch(kind === 'policy' ? ERROR_LINE : ERROR_LINE_ANY_KEY);
            return;
          }
          expect(result.errors).toEqual([]);
          expect(validatePolicy(result.policy)).toEqual(result);
          const evaluation = compilePolicy(result.policy).evaluate(commentInput({ text }));
          expect(Object.keys(evaluation.effectiveScores).sort()).toEqual([...RISK_CATEGORIES].sort());
        },
      ),
      fuzzParameters(2),
    );
  });

  it.each<[string, (size: number) => ModerationPolicy]>([
    [
      'word-list entries',
      (size) =>
        policyWith(
          (policy) =>
            (policy.wordLists = Array.from({ length: size }, (_, index) => ({
              list: 'watch',
              term: `wort${index}`,
              mode: 'compound',
              category: 'insult',
            }))),
        ),
    ],
    [
      'pre-moderated sections',
      (size) =>
        policyWith(
          (policy) =>
            (policy.premoderatedSections = Array.from({ length: size }, (_, index) => `Ressort ${index}`)),
        ),
    ],
  ])('validates %s in near-linear time', (kind, policyOf) => {
    checkLinearGrowth(recorder, { kind, inputOf: policyOf, size: 600, run: validatePolicy });
  });
});
