import type { WordListEntry } from '@tenor/contracts';
import { NormalizedText, toOriginalSpan, WordToken } from '@tenor/scoring';
import { lowerCaseRegex } from './lower-case-regex';
import { MatchableEntry, NO_FACTS, TermIndex, WordFacts } from './term-index';
import { collapseDoubledLetters, termWordsOf } from './term-words';

/** A stretch of the original text, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A block or watch entry's hit, in original-text offsets. */
export interface WordListHit extends TextRange {
  readonly entry: MatchableEntry;
}

/** What the lists find in one comment: the ranges allow entries cover, and the block and watch hits. */
export interface WordListMatches {
  readonly allowed: readonly TextRange[];
  readonly hits: readonly WordListHit[];
}

/** Words are remembered with their facts; past this many the memory is cleared (a few MB at most), as in the scorer. */
const WORD_MEMORY_LIMIT = 100_000;
/** Memory keys of stretched words, which are looked up collapsed, start with this (no word contains it). */
const COLLAPSED_KEY_MARK = '\u0001';

/**
 * Matches a policy's word lists against a comment's normalized words. Word, prefix and compound entries are looked
 * up per word in maps (one lookup per word, a few per letter for compound parts), and each word's result is
 * remembered, since comments reuse their vocabulary; phrases (terms of several words) are checked from their first
 * word on. Regex entries run once per comment over the normalized text, matching as with the flags `giu` (see
 * lowerCaseRegex for why they run as `gu` where they can).
 */
export class WordListMatcher {
  private readonly exact = new TermIndex();
  private readonly collapsed = new TermIndex();
  private readonly regexes: { readonly regex: RegExp; readonly entry: MatchableEntry }[] = [];
  private readonly memory = new Map<string, WordFacts>();
  /** Whether there are block or watch entries (allow entries alone only matter where the scorer found something). */
  readonly hasHitEntries: boolean;
  readonly hasAllowEntries: boolean;

  constructor(entries: readonly WordListEntry[]) {
    for (const entry of entries) {
      const isRegex = entry.mode === 'regex';
      const words = isRegex ? [] : termWordsOf(entry.term);
      const matchable: MatchableEntry = {
        list: entry.list,
        category: entry.category,
        mode: entry.mode,
        rule: `list.${entry.list}:${entry.term}`,
        words,
        collapsedWords: words.map(collapseDoubledLetters),
      };
      if (isRegex) this.regexes.push({ regex: lowerCaseRegex(entry.term), entry: matchable });
      else if (words.length > 0) {
        this.exact.add(matchable, matchable.words);
        this.collapsed.add(matchable, matchable.collapsedWords);
      }
    }
    this.hasHitEntries = entries.some((entry) => entry.list !== 'allow');
    this.hasAllowEntries = entries.some((entry) => entry.list === 'allow');
  }

  /** Every hit of the lists in one comment, allow ranges widened to whole words (the scorer's spans are whole words). */
  match(normalized: NormalizedText, words: readonly WordToken[]): WordListMatches {
    const allowed: TextRange[] = [];
    const hits: WordListHit[] = [];
    const record = (entry: MatchableEntry, start: number, end: number) => {
      const span = toOriginalSpan(normalized, start, end);
      if (entry.list === 'allow') allowed.push(span);
      else hits.push({ entry, start: span.start, end: span.end });
    };
    for (let index = 0; index < words.length; index++) {
      const word = words[index];
      const facts = this.factsOf(word);
      if (facts === NO_FACTS) continue;
      for (const entry of facts.entries) record(entry, word.start, word.end);
      for (const phrase of facts.phrases) {
        const last = phraseEnd(words, index, phrase);
        if (last !== -1) record(phrase, word.start, words[last].end);
      }
    }
    for (const { regex, entry } of this.regexes) {
      regex.lastIndex = 0;
      for (let match = regex.exec(normalized.text); match !== null; match = regex.exec(normalized.text)) {
        const start = match.index;
        const end = start + match[0].length;
        if (end === start) {
          // An empty match marks nothing; step over it (a whole code point, as the u flag requires).
          regex.lastIndex = end + ((normalized.text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
          continue;
        }
        if (entry.list === 'allow') record(entry, ...widenToWords(words, start, end));
        else record(entry, start, end);
      }
    }
    return { allowed, hits };
  }

  private factsOf(word: WordToken): WordFacts {
    const isStretched = word.isStretched;
    const text = isStretched ? collapseDoubledLetters(word.text) : word.text;
    const key = isStretched ? COLLAPSED_KEY_MARK + text : text;
    const remembered = this.memory.get(key);
    if (remembered !== undefined) return remembered;
    const facts = (isStretched ? this.collapsed : this.exact).factsOf(text);
    if (this.memory.size >= WORD_MEMORY_LIMIT) this.memory.clear();
    this.memory.set(key, facts);
    return facts;
  }
}

/** The index of the last word of a phrase starting at `first`, or -1: the next words in the same sentence, the last one as a prefix in prefix mode. */
function phraseEnd(words: readonly WordToken[], first: number, phrase: MatchableEntry): number {
  const count = phrase.words.length;
  const last = first + count - 1;
  if (last >= words.length) return -1;
  const sentence = words[first].sentence;
  for (let offset = 1; offset < count; offset++) {
    const word = words[first + offset];
    if (word.sentence !== sentence) return -1;
    const isPrefix = phrase.mode === 'prefix' && offset === count - 1;
    const text = word.isStretched ? collapseDoubledLetters(word.text) : word.text;
    const expected = word.isStretched ? phrase.collapsedWords[offset] : phrase.words[offset];
    if (isPrefix ? !text.startsWith(expected) : text !== expected) return -1;
  }
  return last;
}

/** A normalized-text range widened to the whole words it touches. */
function widenToWords(words: readonly WordToken[], start: number, end: number): [number, number] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle].end <= start) low = middle + 1;
    else high = middle;
  }
  let widenedStart = start;
  let widenedEnd = end;
  for (let index = low; index < words.length && words[index].start < end; index++) {
    if (words[index].start < widenedStart) widenedStart = words[index].start;
    if (words[index].end > widenedEnd) widenedEnd = words[index].end;
  }
  return [widenedStart, widenedEnd];
}
