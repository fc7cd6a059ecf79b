import { RISK_CATEGORIES, WORD_LISTS, type WordListEntry } from '@tenor/contracts';
import fc from 'fast-check';
import {
  adversarialText,
  assertNearLinear,
  describeInput,
  fuzzParameters,
  fuzzTarget,
  HAZARDOUS_PATTERNS,
  measureGrowth,
  regexAttacks,
  regexSource,
  RIGHT_TO_LEFT,
  searchAll,
  worstAttack,
  ZERO_WIDTH,
} from '@tenor/testing/fuzz';
import { policyWithEntries } from '../../testing/policy-test-helpers';
import { findRegexHazard } from '../regex-safety/regex-safety';
import { validatePolicy } from './policy-validation';

const recorder = fuzzTarget('policy.word-list-validation');
/** The flags the word-list matcher runs a regex with (see lower-case-regex.ts; `gu` where it can lower the pattern). */
const MATCHER_FLAGS = 'giu';
/** Attack inputs are screened at this length, then timed at it and at eight times it. */
const ATTACK_LENGTH = 1_000;
/** A search of 1,000 characters that takes longer than this is not linear (linear ones take microseconds). */
const MAX_SCREENING_MS = 20;

const regexEntry = fc
  .tuple(regexSource(), fc.constantFrom(...WORD_LISTS), fc.constantFrom(...RISK_CATEGORIES))
  .map(([term, list, category]): WordListEntry => ({ list, term, mode: 'regex', category }));

function acceptedEntries(entries: WordListEntry[]): WordListEntry[] | null {
  const source = entries.map((entry) => entry.term).join(' ');
  return recorder.time(
    describeInput(`${entries.length} regex entries`, source),
    () => validatePolicy(policyWithEntries(...entries)).policy?.wordLists ?? null,
  );
}

describe('word-list regex validation on generated patterns', () => {
  it('never throws, and every regex it accepts compiles and searches attack strings in linear time', () => {
    fc.assert(
      fc.property(fc.array(regexEntry, { minLength: 1, maxLength: 3 }), (entries) => {
        const accepted = acceptedEntries(
          entries.map((entry) => ({ ...entry, term: entry.term.trim() || 'x' })),
        );
        for (const { term } of accepted ?? []) {
          expect(findRegexHazard(term)).toBeNull();
          const regex = new RegExp(term, MATCHER_FLAGS);
          const worst = worstAttack(
            regex,
            regexAttacks(term, MATCHER_FLAGS),
            ATTACK_LENGTH,
            MAX_SCREENING_MS,
          );
          if (worst === null) continue;
          const label = `accepted /${term}/ on ${worst.attack.description}`;
          if (worst.isTooSlow)
            throw new Error(`${label}: ${worst.milliseconds.toFixed(1)} ms at ${worst.length} characters`);
          const small = worst.attack.build(ATTACK_LENGTH);
          const large = worst.attack.build(8 * ATTACK_LENGTH);
          const growth = measureGrowth(
            () => searchAll(regex, small),
            () => searchAll(regex, large),
            8,
            { samples: 3, minSampleMs: 1 },
          );
          recorder.record(describeInput(`regex search (timing)`, large), growth.largeMs);
          assertNearLinear(growth, label);
        }
      }),
      fuzzParameters(2),
    );
  });

  it('refuses every known hazard', () => {
    for (const term of HAZARDOUS_PATTERNS) {
      expect({
        term,
        accepted: acceptedEntries([{ list: 'watch', term, mode: 'regex', category: 'hate' }]) !== null,
      }).toEqual({ term, accepted: false });
    }
  });

  it('never throws on terms of other modes, and keeps an accepted term as written', () => {
    fc.assert(
      fc.property(
        adversarialText([...RIGHT_TO_LEFT, ...ZERO_WIDTH, 'Idiot', '*', '1']),
        fc.constantFrom('word', 'compound', 'prefix'),
        (term, mode) => {
          const entry = { list: 'block', term, mode, category: 'insult' } as WordListEntry;
          const accepted = acceptedEntries([entry]);
          if (accepted !== null) expect(accepted[0].term).toBe(term);
        },
      ),
      fuzzParameters(),
    );
  });
});
