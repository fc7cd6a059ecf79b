import { findRegexHazard } from '@tenor/policy';
import { measureGrowth, regexAttacks, searchAll, worstAttack } from '@tenor/testing/fuzz';
import { Linter } from 'eslint';
import * as regexpPlugin from 'eslint-plugin-regexp';
import { join } from 'node:path';
import {
  findPatternProperties,
  findSourceRegexes,
  sourceFilesUnder,
  type SourceRegex,
} from './regex-literals';

const ROOT = join(__dirname, '../..');
const SCAN = findSourceRegexes(ROOT, sourceFilesUnder(ROOT, ['apps', 'libs']));
// The risk phrases of data/de-risk-phrases.tsv, compiled into the generated lexicon and run with `g` on every comment
// that holds a trigger word (libs/scoring/src/risk/phrase-matcher.ts).
const PHRASES = findPatternProperties(
  ROOT,
  join(ROOT, 'libs/scoring/src/lexicon/generated/de-risk-lists.ts'),
  'regexSource',
  'g',
);
/** Attack inputs are screened at this length, then timed at it and at eight times it. */
const ATTACK_LENGTH = 1_000;
/** A search of 1,000 characters taking longer than this is not linear: linear ones take microseconds. */
const MAX_SCREENING_MS = 20;

/**
 * Regexes that libs/policy's word-list check refuses although they run in linear time, with the reason. That check
 * guards admins' patterns and over-approximates on purpose (lookarounds as always true, any repetition inside a
 * repetition as nested); these are judged on the exact analysis of eslint-plugin-regexp and on their timing instead,
 * which every regex here passes too. Keyed by file and the check's message, so an edited regex is judged again.
 */
const REVIEWED_EXCEPTIONS: readonly { files: readonly string[]; hazard: string; reason: string }[] = [
  {
    files: ['libs/dashboard/data-access/src/lib/policy/policy-messages.ts'],
    hazard: 'nested quantifier "(?:\\.[\\w$]+|\\[\\d+\\])*"',
    reason: 'anchored at ^; each part starts with "." or "[", which the names and digits before never read',
  },
  {
    files: ['libs/ingest/src/lib/seed-comments.ts'],
    hazard: 'nested quantifier "(?:\\s+[^\\s,;:!?"“”„()\\[\\]{}]+){0,3}"',
    reason: 'anchored at ^, at most four words; words and the white space between them are disjoint classes',
  },
  {
    files: ['libs/ingest/src/lib/seed-title.ts'],
    hazard: 'the search can start again inside "\\s+"',
    reason:
      'the \\s+ is in a lookahead after [.!?], so each run of white space is read from the punctuation before it only',
  },
  {
    files: [
      'libs/policy/src/lib/word-lists/term-words.ts',
      'libs/scoring/src/risk/risk-lexicon.ts',
      'libs/scoring/src/sentiment/german-tone-lexicon.ts',
    ],
    hazard: 'quantified backreference "\\1+"',
    reason: '([a-z])\\1+ captures one letter, so \\1+ reads the run of that letter once',
  },
  {
    files: [
      'libs/scoring/src/risk/detectors/personal-data.detector.ts',
      'libs/scoring/src/risk/detectors/spam.detector.ts',
    ],
    hazard: 'nested quantifier "(?:\\.[a-z0-9-]+)*"',
    reason:
      'each domain part starts with a dot, which the part never reads; one start per address or domain (lookbehind)',
  },
  {
    files: ['libs/scoring/src/risk/detectors/personal-data.detector.ts'],
    hazard: 'nested quantifier "(?: ?(?:\\.|[[(] ?(?:dot|punkt) ?[\\])]) …"',
    reason:
      'each domain part starts with a dot or a bracketed "dot", which the part never reads; one start per address',
  },
  {
    files: ['libs/scoring/src/risk/detectors/personal-data.detector.ts'],
    hazard: 'nested quantifier "(?:[ /-]\\d{2,}){0,4}"',
    reason: 'at most four digit groups, each starting with a separator the digits never read',
  },
  {
    files: ['libs/scoring/src/risk/detectors/personal-data.detector.ts'],
    hazard: 'nested quantifier "(?:-\\p{L}+){0,10}"',
    reason:
      'at most ten parts, each starting with a hyphen the letters never read; one start per word (lookbehind)',
  },
  {
    files: ['libs/scoring/src/risk/detectors/personal-data.detector.ts'],
    hazard: 'the search can start again inside "\\p{Ll}+"',
    reason: 'the lookbehind (?<![\\p{L}\\p{N}]) starts a match only at the first letter of a word',
  },
];

function fileOf(regex: SourceRegex): string {
  return regex.location.slice(0, regex.location.lastIndexOf(':'));
}

function describeRegex(regex: SourceRegex): string {
  return `${regex.location} /${regex.source}/${regex.flags}`;
}

describe('regular expressions in the source of apps/ and libs/', () => {
  it(`finds the regexes: ${SCAN.regexes.length} with a pattern known before run time, ${SCAN.dynamic.length} built from run-time values`, () => {
    expect(SCAN.regexes.length).toBeGreaterThan(100);
    expect(SCAN.regexes.filter((regex) => regex.form === 'constructor').length).toBeGreaterThan(3);
  });

  it(`passes libs/policy's backtracking check, or is a reviewed exception (${REVIEWED_EXCEPTIONS.length})`, () => {
    const unused = new Set(REVIEWED_EXCEPTIONS);
    const refused: string[] = [];
    for (const regex of SCAN.regexes) {
      const hazard = findRegexHazard(regex.source);
      if (hazard === null) continue;
      const exception = REVIEWED_EXCEPTIONS.find(
        (candidate) => candidate.files.includes(fileOf(regex)) && hazard.includes(candidate.hazard),
      );
      if (exception === undefined) refused.push(`${describeRegex(regex)}: ${hazard}`);
      else unused.delete(exception);
    }
    expect(refused).toEqual([]);
    expect(
      [...unused].map(
        (exception) => `${exception.hazard} in ${exception.files.join(', ')}: no longer needed`,
      ),
    ).toEqual([]);
  });

  it("has no super-linear backtracking or move by eslint-plugin-regexp's exact analysis, constant-built patterns included", () => {
    expect(exactAnalysisFindings(SCAN.regexes)).toEqual([]);
  });

  it('searches attack strings built from each pattern in near-linear time', () => {
    expect(slowSearches(SCAN.regexes)).toEqual([]);
  });
});

// The phrase patterns are data: their word gaps (`(?:[a-z0-9]+[^a-z0-9…]{1,4}){0,3}`) are bounded repetitions inside a
// repetition, which the word-list check refuses by design, so they are judged on the exact analysis and timing alone.
describe('risk phrase patterns of the generated lexicon', () => {
  it(`finds them: ${PHRASES.length}`, () => {
    expect(PHRASES.length).toBeGreaterThan(20);
  });

  it("has no super-linear backtracking or move by eslint-plugin-regexp's exact analysis", () => {
    expect(exactAnalysisFindings(PHRASES)).toEqual([]);
  });

  it('searches attack strings built from each pattern in near-linear time', () => {
    expect(slowSearches(PHRASES)).toEqual([]);
  });
});

/** What eslint-plugin-regexp's two backtracking rules report on each regex, as `new RegExp` of a constant. */
function exactAnalysisFindings(regexes: readonly SourceRegex[]): string[] {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      plugins: { regexp: regexpPlugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
    },
  ];
  return regexes.flatMap((regex) =>
    linter
      .verify(
        `new RegExp(${JSON.stringify(regex.source)}, ${JSON.stringify(regex.flags)});\n`,
        config,
        'regex.js',
      )
      .map((message) => `${describeRegex(regex)}: ${message.message}`),
  );
}

/** The regexes whose worst attack string takes too long at 1,000 characters, or grows worse than linearly to 8,000. */
function slowSearches(regexes: readonly SourceRegex[]): string[] {
  const slow: string[] = [];
  for (const regex of regexes) {
    const compiled = new RegExp(regex.source, regex.flags);
    const worst = worstAttack(
      compiled,
      regexAttacks(regex.source, regex.flags),
      ATTACK_LENGTH,
      MAX_SCREENING_MS,
    );
    if (worst === null) continue;
    const label = `${describeRegex(regex)} on ${worst.attack.description}`;
    if (worst.isTooSlow) {
      slow.push(`${label}: ${worst.milliseconds.toFixed(1)} ms at ${worst.length} characters`);
      continue;
    }
    const small = worst.attack.build(ATTACK_LENGTH);
    const large = worst.attack.build(8 * ATTACK_LENGTH);
    const growth = measureGrowth(
      () => searchAll(compiled, small),
      () => searchAll(compiled, large),
      8,
      {
        samples: 3,
        minSampleMs: 1,
      },
    );
    if (growth.ratio >= growth.limit)
      slow.push(`${label}: 8× the input took ${growth.ratio.toFixed(1)}× the time`);
  }
  return slow;
}
