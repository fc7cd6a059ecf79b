import type { RiskDetector, RiskFinding, RiskInput } from '../risk-types';
import { matchesOf } from './regex-matches';
import { phraseFindings } from './term-findings';

/** Links with a scheme or www.; ends at white space or a quote. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'«»„“”]+/gi;
/** Punctuation that ends the sentence around a link rather than the link. */
const TRAILING_PUNCTUATION: ReadonlySet<string> = new Set('.,;:!?)]');
/** Top-level domains of bare domains worth counting. */
const TOP_LEVEL_DOMAINS = 'de|com|net|org|info|io|ru|biz|xyz|shop|online|top|club|eu|at|ch|ly|me|co|tk';
/** Bare domains on common top-level domains (example.de/angebot); not inside e-mail addresses. */
const BARE_DOMAIN = new RegExp(
  `(?<![\\w@.\\-/])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${TOP_LEVEL_DOMAINS})(?:\\/[^\\s<>"']*)?(?![\\w-])`,
  'gi',
);
/** The end of every bare domain: a dot, a top-level domain, no word character after it; text without one has none. */
const BARE_DOMAIN_HINT = new RegExp(`\\.(?:${TOP_LEVEL_DOMAINS})(?![\\w-])`, 'i');
/** One character (not white space) this many times in a row (!!!!!!!!!!, aaaaaaaaaa). */
const MIN_CHARACTER_RUN = 10;
/** A link with a scheme or www. is a strong sign of spam in a news comment; team choice: two links flag (0.4 → 0.52). */
const URL_SCORE = 0.4;
/** A bare domain is often a source citation (laut spiegel.de), so it counts less; team choice. */
const BARE_DOMAIN_SCORE = 0.3;
/** Ten identical characters in a row; team choice, too common in excited comments to flag alone. */
const CHARACTER_RUN_SCORE = 0.25;
/** The same word this many times in a row is copy-paste flooding (kaufen kaufen kaufen kaufen). */
const MIN_REPEATED_WORDS = 4;
/** Team choice: flooding is spam-like but not advertising; two floods or a flood plus a link flag. */
const REPEATED_WORDS_SCORE = 0.45;
/** A comment of at least this many words ... */
const MIN_WORDS_FOR_DIVERSITY = 20;
/** ... with fewer distinct words than this share repeats itself (typical of flooding bots); team choice. */
const MIN_DISTINCT_WORD_SHARE = 0.3;
const LOW_DIVERSITY_SCORE = 0.5;
/** Shouting: at least this many letters, ... */
const MIN_LETTERS_FOR_SHOUTING = 20;
/** ... of which at least this share are capitals. */
const MIN_CAPITAL_SHARE = 0.7;
/** Team choice: shouting is a nuisance, not spam on its own. */
const SHOUTING_SCORE = 0.3;

/** Spam: links, repetition (character runs, word floods, low word diversity), shouting, and advertising phrases. */
export const spamDetector: RiskDetector = {
  id: 'spam',
  category: 'spam',
  evaluate(input): RiskFinding[] {
    const findings: RiskFinding[] = [];
    const text = input.original;
    const urlSpans: { start: number; end: number }[] = [];
    const hasLink =
      text.includes('http') || text.includes('www.') || text.includes('HTTP') || text.includes('WWW.');
    for (const match of hasLink ? matchesOf(URL, text) : NO_MATCHES) {
      const end = match.index + trimTrailingPunctuation(match[0]).length;
      urlSpans.push({ start: match.index, end });
      findings.push({ category: 'spam', rule: 'spam.url', score: URL_SCORE, start: match.index, end });
    }
    for (const match of BARE_DOMAIN_HINT.test(text) ? matchesOf(BARE_DOMAIN, text) : NO_MATCHES) {
      if (urlSpans.some((span) => match.index >= span.start && match.index < span.end)) continue;
      const end = match.index + trimTrailingPunctuation(match[0]).length;
      findings.push({
        category: 'spam',
        rule: 'spam.url',
        score: BARE_DOMAIN_SCORE,
        start: match.index,
        end,
      });
    }
    const codes = input.normalized.originalCodes;
    addCharacterRuns(codes, findings);
    addRepeatedWordFindings(input, findings);
    addShoutingFinding(codes, findings);
    for (const finding of phraseFindings(input, 'spam')) findings.push(finding);
    return findings;
  },
};

const NO_MATCHES: readonly RegExpExecArray[] = [];
const WHITE_SPACE = /\s/;

function addCharacterRuns(codes: Uint16Array, findings: RiskFinding[]): void {
  if (!hasCharacterRun(codes)) return;
  const length = codes.length;
  let start = 0;
  let runCode = codes[0];
  for (let index = 1; index <= length; index++) {
    const code = index < length ? codes[index] : -1;
    if (code === runCode) continue;
    if (index - start >= MIN_CHARACTER_RUN && !WHITE_SPACE.test(String.fromCharCode(runCode)))
      findings.push({
        category: 'spam',
        rule: 'spam.repetition',
        score: CHARACTER_RUN_SCORE,
        start,
        end: index,
      });
    runCode = code;
    start = index;
  }
}

/** Half a character run: any MIN_CHARACTER_RUN consecutive units include two positions this far apart at multiples of it. */
const CHARACTER_RUN_SAMPLE_STEP = Math.floor(MIN_CHARACTER_RUN / 2);

/**
 * Whether the text has a run of MIN_CHARACTER_RUN identical units, reading about a fifth of it: such a run makes the
 * units at two neighbouring multiples of CHARACTER_RUN_SAMPLE_STEP equal, so only where they are equal (two spaces,
 * two e's) is the run around them measured.
 */
function hasCharacterRun(codes: Uint16Array): boolean {
  const length = codes.length;
  for (let index = CHARACTER_RUN_SAMPLE_STEP; index < length; index += CHARACTER_RUN_SAMPLE_STEP) {
    const code = codes[index];
    if (code !== codes[index - CHARACTER_RUN_SAMPLE_STEP]) continue;
    let start = index;
    while (start > 0 && codes[start - 1] === code) start--;
    let end = index + 1;
    while (end < length && codes[end] === code) end++;
    if (end - start >= MIN_CHARACTER_RUN) return true;
  }
  return false;
}

/**
 * The link without the sentence punctuation after it. A loop from the end: `/[.,;:!?)\]]+$/` tried every position of
 * a long run of dots inside a link and scanned it to its end, quadratic time.
 */
function trimTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(url[end - 1])) end--;
  return url.slice(0, end);
}

function addRepeatedWordFindings(input: RiskInput, findings: RiskFinding[]): void {
  const { words } = input;
  let runStart = 0;
  for (let index = 1; index <= words.length; index++) {
    if (index < words.length && words[index].text === words[runStart].text && words[index].text.length > 1)
      continue;
    if (index - runStart >= MIN_REPEATED_WORDS) {
      findings.push({
        category: 'spam',
        rule: 'spam.repetition',
        score: REPEATED_WORDS_SCORE,
        start: input.normalized.starts[words[runStart].start],
        end: input.normalized.ends[words[index - 1].end - 1],
      });
    }
    runStart = index;
  }
  if (words.length >= MIN_WORDS_FOR_DIVERSITY && !hasDistinctShare(input, MIN_DISTINCT_WORD_SHARE)) {
    const first = words[0];
    const last = words[words.length - 1];
    findings.push({
      category: 'spam',
      rule: 'spam.repetition',
      score: LOW_DIVERSITY_SCORE,
      start: input.normalized.starts[first.start],
      end: input.normalized.ends[last.end - 1],
    });
  }
}

/** Up to this many distinct words are kept in a list (comparing a word with a few is cheaper than hashing it), then in a set. */
const MAX_LISTED_DISTINCT_WORDS = 32;

/** Whether at least `share` of the words are distinct; counting stops as soon as they are. */
function hasDistinctShare(input: RiskInput, share: number): boolean {
  const { words } = input;
  const listed: string[] = [];
  let distinct: Set<string> | undefined;
  for (let index = 0; index < words.length; index++) {
    const text = words[index].text;
    if (distinct !== undefined) distinct.add(text);
    else if (!listed.includes(text)) {
      listed.push(text);
      if (listed.length > MAX_LISTED_DISTINCT_WORDS) distinct = new Set(listed);
    }
    if ((distinct?.size ?? listed.length) / words.length >= share) return true;
  }
  return false;
}

/** Letter case of code units from U+00C0 on (not surrogates), filled on first use: 0 unknown, 1 capital, 2 small, 3 neither. */
const LETTER_CASES = new Uint8Array(0xd800);
const CAPITAL = 1;
const SMALL = 2;
const NO_CASE = 3;

function letterCaseOf(code: number): number {
  let letterCase = LETTER_CASES[code];
  if (letterCase === 0) {
    const char = String.fromCharCode(code);
    const upper = char.toUpperCase();
    letterCase = upper === char.toLowerCase() ? NO_CASE : char === upper ? CAPITAL : SMALL;
    LETTER_CASES[code] = letterCase;
  }
  return letterCase;
}

/**
 * Shouting: enough letters, and capitals at least MIN_CAPITAL_SHARE of them. The scan stops once the share is out of
 * reach even if every remaining character were a capital (the share only falls as small letters come).
 */
function addShoutingFinding(codes: Uint16Array, findings: RiskFinding[]): void {
  let letters = 0;
  let capitals = 0;
  let small = 0;
  let first = -1;
  let last = -1;
  const length = codes.length;
  for (let index = 0; index < length; index++) {
    const code = codes[index];
    let isCapital: boolean;
    if (code >= 0x41 && code <= 0x5a) isCapital = true;
    else if (code >= 0x61 && code <= 0x7a) isCapital = false;
    else if (code < 0xc0 || code >= 0xd800) continue;
    else {
      const letterCase = letterCaseOf(code);
      if (letterCase === NO_CASE) continue;
      isCapital = letterCase === CAPITAL;
    }
    letters++;
    if (isCapital) {
      capitals++;
      if (first < 0) first = index;
      last = index;
    } else {
      small++;
      const mostCapitals = capitals + length - index - 1;
      if (mostCapitals / (mostCapitals + small) < MIN_CAPITAL_SHARE) return;
    }
  }
  if (letters < MIN_LETTERS_FOR_SHOUTING || capitals / letters < MIN_CAPITAL_SHARE) return;
  findings.push({
    category: 'spam',
    rule: 'spam.shouting',
    score: SHOUTING_SCORE,
    start: first,
    end: last + 1,
  });
}
