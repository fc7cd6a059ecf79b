import {
  RISK_CATEGORIES,
  WORD_LISTS,
  WORD_MATCH_MODES,
  type WordListEntry,
  type WordMatchMode,
} from '@tenor/contracts';
import { findRegexHazard } from '../regex-safety/regex-safety';
import { COMPOUND_KEY_LENGTH } from '../word-lists/term-index';
import { termWordsOf } from '../word-lists/term-words';
import {
  checkKeys,
  childPath,
  isRecord,
  readOneOf,
  readString,
  readTrimmedText,
  ValidationErrors,
} from './field-checks';

/** Entries across the three lists: enough for any newsroom's lists, few enough to validate and index in a blink. */
export const MAX_WORD_LIST_ENTRIES = 5_000;
/**
 * Regex entries: each one runs over every comment (about 1 µs per regex on a 300-character comment, see
 * bench/evaluate-bench.ts), so 50 cost up to a minute per million comments re-evaluated; words, compound parts and
 * prefixes cost next to nothing, since each comment's words are looked up once whatever the number of entries.
 */
export const MAX_REGEX_ENTRIES = 50;
/** Longest term of a word, compound or prefix entry. */
export const MAX_TERM_LENGTH = 200;
/** Longest regex: longer than a term, since a regex spells out alternatives. */
export const MAX_REGEX_LENGTH = 500;
/** Longest note on an entry. */
export const MAX_NOTE_LENGTH = 500;

/** The flags a regex is checked with; the matcher adds `g`. */
const REGEX_CHECK_FLAGS = 'iu';
/** Letters a folded text never contains, so a regex holding them never matches there. */
const UNFOLDED_LETTERS = /[äöüßÄÖÜẞ]/u;
/** Regex verdicts are remembered by source (validation runs on every preview and save of the same lists), up to this many. */
const MAX_REMEMBERED_REGEXES = 10_000;
const regexVerdicts = new Map<string, string | null>();

/** Validates `wordLists` and returns the entries, or undefined after reporting what is wrong. */
export function validateWordLists(errors: ValidationErrors, value: unknown): WordListEntry[] | undefined {
  if (!Array.isArray(value)) {
    errors.add('wordLists', 'must be an array');
    return undefined;
  }
  if (value.length > MAX_WORD_LIST_ENTRIES) {
    errors.add('wordLists', `must contain no more than ${MAX_WORD_LIST_ENTRIES} elements`);
    return undefined;
  }
  const regexCount = value.filter((item) => isRecord(item) && item.mode === 'regex').length;
  if (regexCount > MAX_REGEX_ENTRIES) {
    errors.add(
      'wordLists',
      `must contain no more than ${MAX_REGEX_ENTRIES} regular expressions (has ${regexCount})`,
    );
    return undefined;
  }
  const entries: WordListEntry[] = [];
  const firstIndexOf = new Map<string, number>();
  let isValid = true;
  value.forEach((item, index) => {
    const path = `wordLists[${index}]`;
    const checked = validateEntry(errors, item, path);
    if (checked === undefined) {
      isValid = false;
      return;
    }
    const { entry, foldedTerm } = checked;
    const key = `${entry.list}\u0000${entry.mode}\u0000${foldedTerm}`;
    const first = firstIndexOf.get(key);
    if (first !== undefined) {
      errors.add(
        childPath(path, 'term'),
        `duplicates wordLists[${first}] (same list, mode and folded term "${foldedTerm}")`,
      );
      isValid = false;
      return;
    }
    firstIndexOf.set(key, index);
    entries.push(entry);
  });
  return isValid ? entries : undefined;
}

function validateEntry(
  errors: ValidationErrors,
  item: unknown,
  path: string,
): { entry: WordListEntry; foldedTerm: string } | undefined {
  if (!isRecord(item)) {
    errors.add(path, 'must be an object');
    return undefined;
  }
  const before = errors.messages.length;
  if (!checkKeys(errors, item, path, ['list', 'term', 'mode', 'category'], ['note'])) return undefined;
  const list = readOneOf(errors, item.list, childPath(path, 'list'), WORD_LISTS);
  const mode = readOneOf(errors, item.mode, childPath(path, 'mode'), WORD_MATCH_MODES);
  const category = readOneOf(errors, item.category, childPath(path, 'category'), RISK_CATEGORIES);
  const termPath = childPath(path, 'term');
  const term = readTrimmedText(
    errors,
    item.term,
    termPath,
    mode === 'regex' ? MAX_REGEX_LENGTH : MAX_TERM_LENGTH,
  );
  const foldedTerm =
    term === undefined || mode === undefined ? undefined : checkTerm(errors, term, mode, termPath);
  let note: string | undefined;
  if (item.note !== undefined && item.note !== null) {
    note = readString(errors, item.note, childPath(path, 'note'));
    if (note !== undefined && note.length > MAX_NOTE_LENGTH)
      errors.add(childPath(path, 'note'), `must be shorter than or equal to ${MAX_NOTE_LENGTH} characters`);
  }
  if (errors.messages.length > before || list === undefined || mode === undefined || category === undefined)
    return undefined;
  if (term === undefined || foldedTerm === undefined) return undefined;
  const entry: WordListEntry = { list, term, mode, category };
  if (note !== undefined) entry.note = note;
  return { entry, foldedTerm };
}

/** Checks a term against its mode and returns its folded form (the regex source for regexes), or undefined after reporting. */
function checkTerm(
  errors: ValidationErrors,
  term: string,
  mode: WordMatchMode,
  path: string,
): string | undefined {
  if (mode === 'regex') {
    const problem = regexProblem(term);
    if (problem === null) return term;
    errors.add(path, problem);
    return undefined;
  }
  const words = termWordsOf(term);
  if (words.length === 0) {
    errors.add(path, 'must contain a letter or digit');
    return undefined;
  }
  if (mode === 'compound' && words.length > 1) {
    errors.add(path, `must be a single word in mode "compound" (found ${words.length}: ${words.join(' ')})`);
    return undefined;
  }
  const matchedWord = words[words.length - 1];
  if (mode !== 'word' && matchedWord.length < COMPOUND_KEY_LENGTH) {
    errors.add(
      path,
      `must have at least ${COMPOUND_KEY_LENGTH} letters after folding in mode "${mode}" (got "${matchedWord}")`,
    );
    return undefined;
  }
  return words.join(' ');
}

function regexProblem(source: string): string | null {
  const remembered = regexVerdicts.get(source);
  if (remembered !== undefined) return remembered;
  const problem = findRegexProblem(source);
  if (regexVerdicts.size >= MAX_REMEMBERED_REGEXES) regexVerdicts.clear();
  regexVerdicts.set(source, problem);
  return problem;
}

function findRegexProblem(source: string): string | null {
  try {
    new RegExp(source, REGEX_CHECK_FLAGS);
  } catch (error) {
    const detail =
      error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') : '';
    return `must be a valid regular expression (${detail})`;
  }
  if (UNFOLDED_LETTERS.test(source))
    return 'is matched against folded text: write "ae", "oe", "ue", "ss" instead of "ä", "ö", "ü", "ß"';
  return findRegexHazard(source);
}
