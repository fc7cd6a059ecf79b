import type { RiskDetector, RiskFinding, RiskInput } from '../risk-types';
import { phraseFindings } from './term-findings';

/** Links with a scheme or www.; ends at white space or a quote. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'«»„“”]+/gi;
/** Bare domains on common top-level domains (example.de/angebot); not inside e-mail addresses. */
const BARE_DOMAIN =
  /(?<![\w@.\-/])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:de|com|net|org|info|io|ru|biz|xyz|shop|online|top|club|eu|at|ch|ly|me|co|tk)(?:\/[^\s<>"']*)?(?![\w-])/gi;
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
    for (const match of hasLink ? text.matchAll(URL) : []) {
      const end = match.index + trimTrailingPunctuation(match[0]).length;
      urlSpans.push({ start: match.index, end });
      findings.push({ category: 'spam', rule: 'spam.url', score: URL_SCORE, start: match.index, end });
    }
    const hasDotWord = /\.[a-zA-Z]/.test(text);
    for (const match of hasDotWord ? text.matchAll(BARE_DOMAIN) : []) {
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
    for (const run of characterRuns(text))
      findings.push({ category: 'spam', rule: 'spam.repetition', score: CHARACTER_RUN_SCORE, ...run });
    findings.push(
      ...repeatedWordFindings(input),
      ...shoutingFindings(text),
      ...phraseFindings(input, 'spam'),
    );
    return findings;
  },
};

function characterRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  for (let index = 1; index <= text.length; index++) {
    if (index < text.length && text.charCodeAt(index) === text.charCodeAt(start)) continue;
    if (index - start >= MIN_CHARACTER_RUN && !/\s/.test(text[start])) runs.push({ start, end: index });
    start = index;
  }
  return runs;
}

function trimTrailingPunctuation(url: string): string {
  return url.replace(/[.,;:!?)\]]+$/, '');
}

function repeatedWordFindings(input: RiskInput): RiskFinding[] {
  const findings: RiskFinding[] = [];
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
  if (words.length >= MIN_WORDS_FOR_DIVERSITY) {
    const distinct = new Set(words.map((word) => word.text)).size;
    if (distinct / words.length < MIN_DISTINCT_WORD_SHARE) {
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
  return findings;
}

function shoutingFindings(text: string): RiskFinding[] {
  let letters = 0;
  let capitals = 0;
  let first = -1;
  let last = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let isCapital: boolean;
    if (code >= 0x41 && code <= 0x5a) isCapital = true;
    else if (code >= 0x61 && code <= 0x7a) isCapital = false;
    else if (code < 0xc0 || code >= 0xd800) continue;
    else {
      const char = text[index];
      const upper = char.toUpperCase();
      if (upper === char.toLowerCase()) continue;
      isCapital = char === upper;
    }
    letters++;
    if (isCapital) {
      capitals++;
      if (first < 0) first = index;
      last = index;
    }
  }
  if (letters < MIN_LETTERS_FOR_SHOUTING || capitals / letters < MIN_CAPITAL_SHARE) return [];
  return [{ category: 'spam', rule: 'spam.shouting', score: SHOUTING_SCORE, start: first, end: last + 1 }];
}
