import type { RiskCategory, WordList, WordMatchMode } from '@tenor/contracts';

/** A word-list entry ready to match: its folded words, as written and with doubled letters collapsed. */
export interface MatchableEntry {
  readonly list: WordList;
  readonly category: RiskCategory;
  readonly mode: WordMatchMode;
  /** The rule of its evidence spans: `list.block:<term>` or `list.watch:<term>` (`list.allow:<term>` is never shown). */
  readonly rule: string;
  readonly words: readonly string[];
  readonly collapsedWords: readonly string[];
}

/** What the lists say about one word of a comment: entries it matches on its own, and phrases that start with it. */
export interface WordFacts {
  readonly entries: readonly MatchableEntry[];
  readonly phrases: readonly MatchableEntry[];
}

/** The facts of a word no entry is about (shared, so callers can skip it by identity). */
export const NO_FACTS: WordFacts = { entries: [], phrases: [] };

/**
 * Compound parts are indexed by their first this many letters; each position of a word costs one lookup. Also the
 * shortest compound part or prefix the validation accepts, so "ei" does not match every "Eimer", "Beileid" and "frei".
 */
export const COMPOUND_KEY_LENGTH = 3;
/** A masked word needs this many visible letters to match (F***e has two), as in the scorer's lexicon. */
const MIN_VISIBLE_LETTERS = 2;
/** A lone mask character hides one to this many letters (A*loch); longer runs hide about their length, as in the scorer. */
const MAX_LETTERS_PER_LONE_MASK = 6;

interface KeyedEntry {
  readonly key: string;
  readonly entry: MatchableEntry;
}

/**
 * The single-word entries of one spelling (words as written, or collapsed) by how they match: whole words and
 * phrase starts in maps, prefixes by length, compound parts by their first letters, and the whole-word entries a
 * masked word (A****loch) is tried against.
 */
export class TermIndex {
  private readonly words = new Map<string, MatchableEntry[]>();
  private readonly prefixes = new Map<string, MatchableEntry[]>();
  private prefixLengths: number[] = [];
  private readonly compounds = new Map<string, KeyedEntry[]>();
  /** Collapsing can shorten a compound part below the key length ("zoo" → "zo"); those few are tried one by one. */
  private readonly shortCompounds: KeyedEntry[] = [];
  private readonly phraseStarts = new Map<string, MatchableEntry[]>();
  private readonly maskable: KeyedEntry[] = [];

  /** Adds an entry under its words in this spelling. */
  add(entry: MatchableEntry, words: readonly string[]): void {
    if (words.length > 1) {
      pushTo(this.phraseStarts, words[0], entry);
      return;
    }
    const [word] = words;
    switch (entry.mode) {
      case 'word':
        pushTo(this.words, word, entry);
        this.maskable.push({ key: word, entry });
        return;
      case 'prefix':
        pushTo(this.prefixes, word, entry);
        if (!this.prefixLengths.includes(word.length))
          this.prefixLengths = [...this.prefixLengths, word.length].sort((a, b) => a - b);
        return;
      case 'compound':
        if (word.length < COMPOUND_KEY_LENGTH) this.shortCompounds.push({ key: word, entry });
        else pushTo(this.compounds, word.slice(0, COMPOUND_KEY_LENGTH), { key: word, entry });
        return;
      case 'regex':
        return;
    }
  }

  /** The entries one word (in this spelling) matches, and the phrases it may start. */
  factsOf(word: string): WordFacts {
    const found = new Set<MatchableEntry>();
    for (const entry of this.words.get(word) ?? []) found.add(entry);
    for (const length of this.prefixLengths) {
      if (length > word.length) break;
      for (const entry of this.prefixes.get(word.slice(0, length)) ?? []) found.add(entry);
    }
    if (this.compounds.size > 0)
      for (let start = 0; start + COMPOUND_KEY_LENGTH <= word.length; start++) {
        const candidates = this.compounds.get(word.slice(start, start + COMPOUND_KEY_LENGTH));
        if (candidates === undefined) continue;
        for (const { key, entry } of candidates) if (word.startsWith(key, start)) found.add(entry);
      }
    for (const { key, entry } of this.shortCompounds) if (word.includes(key)) found.add(entry);
    if (word.includes('*')) for (const entry of this.maskedMatches(word)) found.add(entry);
    const phrases = this.phraseStarts.get(word) ?? NO_ENTRIES;
    return found.size === 0 && phrases.length === 0 ? NO_FACTS : { entries: [...found], phrases };
  }

  /** Whole-word entries a masked word can stand for: visible letters in place, each mask run about as many letters. */
  private maskedMatches(word: string): MatchableEntry[] {
    if (word.replace(/\*/g, '').length < MIN_VISIBLE_LETTERS) return NO_ENTRIES;
    const prefix = word.slice(0, word.indexOf('*'));
    const suffix = word.slice(word.lastIndexOf('*') + 1);
    let pattern: RegExp | undefined;
    const matches: MatchableEntry[] = [];
    for (const { key, entry } of this.maskable) {
      if (key.includes('*') || !key.startsWith(prefix) || !key.endsWith(suffix)) continue;
      pattern ??= maskPattern(word);
      if (pattern.test(key)) matches.push(entry);
    }
    return matches;
  }
}

const NO_ENTRIES: MatchableEntry[] = [];

/** The pattern a masked word stands for: `a****loch` → /^a[^*]{3,5}loch$/u (the letters are the term's, already folded). */
function maskPattern(word: string): RegExp {
  const source = word
    .split(/(\*+)/)
    .map((part) => {
      if (!part.startsWith('*')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return part.length === 1
        ? `[^*]{1,${MAX_LETTERS_PER_LONE_MASK}}`
        : `[^*]{${part.length - 1},${part.length + 1}}`;
    })
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
