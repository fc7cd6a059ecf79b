import { OFFENSE_MEMO_INTS } from './model/offense-features';
import { NO_WORD_FACTS, WordFacts } from './risk/word-facts';
import type { WordToken } from './text/word-tokens';

/**
 * A row is ROW_INTS int32 fields, 64 bytes: one cache line holds all the scorer reads of a remembered word, where a
 * Map of word objects had it read four or five lines spread over the heap (bucket, entry, key string, the word's
 * object) for each word of each comment, most of them cache misses.
 */
const ROW_INTS = 16;
/** The word's hash (rowHashOf), never 0: 0 marks an empty row. */
const HASH = 0;
/** The word's length in UTF-16 units. */
const LENGTH = 1;
/** The word's units, two to an int (the first in the low half), when it has at most INLINE_KEY_UNITS; else where its units start in the key pool. */
const KEY = 2;
/** Units of a word kept in its row: 12 fit most words of a comment (der, nicht, Regierung); longer ones go to the key pool. */
const INLINE_KEY_UNITS = 12;
/** Id of the word's tone info (see WordProfiles). */
export const TONE_ID = 8;
/** 1 + the index of the word's risk facts in the table's list, 0 for a word without any. */
const RISK_FACTS = 9;
/** +1 German function word, −1 English, 0 neither. */
export const LANGUAGE_VOTE = 10;
/** Where the offense model's memo of the word starts (OFFENSE_MEMO_INTS fields, to the end of the row). */
export const OFFENSE_MEMO = 11;
/** The rows are filled to at most this share, so a search ends after a row or two; the scorer starts a new generation long before. */
const MAX_LOAD = 0.75;
/** Fibonacci hashing (2^32 / golden ratio) spreads the word hashes' bits over the row index. */
const ROW_INDEX_MULTIPLIER = 0x9e3779b1;
/** Initial units of the key pool; it doubles when full. */
const INITIAL_KEY_POOL_UNITS = 1 << 12;

if (OFFENSE_MEMO + OFFENSE_MEMO_INTS !== ROW_INTS)
  throw new Error('a word row must end with the offense memo');

/** A word's hash as the table keeps it: its token's hash (WordToken.hash, FNV-1a of its units), 0 made 1. */
export function rowHashOf(wordHash: number): number {
  return wordHash === 0 ? 1 : wordHash;
}

/** Units codes[at] and codes[at + 1] (0 past `end`) as one int, the first in the low half, as rows keep keys. */
function keyPair(codes: Uint16Array, at: number, end: number): number {
  return codes[at] | (at + 1 < end ? codes[at + 1] << 16 : 0);
}

/**
 * One generation of remembered words: an open-addressing hash table (linear probing) whose rows hold each word's key
 * and profile in int32 fields, in one Int32Array. A row, once filled, keeps its word for the life of the table (there
 * is no removal; a new generation is a new table), so a row offset handed out stays the same word's.
 */
export class WordTable {
  /** ROW_INTS fields per row, rows at offsets that are multiples of ROW_INTS. */
  readonly rows: Int32Array;
  /** How many rows are filled. */
  count = 0;
  private readonly rowIndexShift: number;
  private readonly rowIndexMask: number;
  private readonly maxCount: number;
  private keyPool = new Uint16Array(INITIAL_KEY_POOL_UNITS);
  private keyPoolSize = 0;
  private readonly riskFacts: WordFacts[] = [];

  /** A table of 2^`rowCountLog2` rows. */
  constructor(rowCountLog2: number) {
    this.rows = new Int32Array(ROW_INTS << rowCountLog2);
    this.rowIndexShift = 32 - rowCountLog2;
    this.rowIndexMask = (1 << rowCountLog2) - 1;
    this.maxCount = Math.floor((1 << rowCountLog2) * MAX_LOAD);
  }

  /** Whether no more words fit. */
  get isFull(): boolean {
    return this.count >= this.maxCount;
  }

  /**
   * Reads the first row each word may be in, so that the reads, mostly cache misses in megabytes of rows, are under
   * way together before find waits for them one by one. Returns a number that depends on every read, which the caller
   * keeps, so the engine cannot drop them.
   */
  touch(words: readonly WordToken[]): number {
    const rows = this.rows;
    const shift = this.rowIndexShift;
    let touched = 0;
    for (let index = 0; index < words.length; index++)
      touched ^= rows[(Math.imul(rowHashOf(words[index].hash), ROW_INDEX_MULTIPLIER) >>> shift) * ROW_INTS];
    return touched;
  }

  /** The offset of the row of word codes[start, end) (its rowHashOf is `hash`), or -1 when it is not in the table. */
  find(codes: Uint16Array, start: number, end: number, hash: number): number {
    const rows = this.rows;
    let index = Math.imul(hash, ROW_INDEX_MULTIPLIER) >>> this.rowIndexShift;
    for (;;) {
      const offset = index * ROW_INTS;
      const rowHash = rows[offset + HASH];
      if (rowHash === 0) return -1;
      if (rowHash === hash && rows[offset + LENGTH] === end - start && this.hasKey(offset, codes, start, end))
        return offset;
      index = (index + 1) & this.rowIndexMask;
    }
  }

  /**
   * Adds word codes[start, end), which is not in the table, with its profile; returns its row's offset (its offense memo
   * empty), or -1 when the table is full.
   */
  add(
    codes: Uint16Array,
    start: number,
    end: number,
    hash: number,
    toneId: number,
    riskFacts: WordFacts,
    languageVote: number,
  ): number {
    if (this.isFull) return -1;
    const rows = this.rows;
    const offset = this.emptyRowFor(hash);
    const length = end - start;
    rows[offset + HASH] = hash;
    rows[offset + LENGTH] = length;
    if (length <= INLINE_KEY_UNITS) {
      for (let unit = 0; unit < length; unit += 2)
        rows[offset + KEY + (unit >> 1)] = keyPair(codes, start + unit, end);
    } else {
      rows[offset + KEY] = this.poolKey(codes, start, end);
    }
    rows[offset + TONE_ID] = toneId;
    rows[offset + LANGUAGE_VOTE] = languageVote;
    if (riskFacts.terms.length > 0 || riskFacts.phrases.length > 0) {
      this.riskFacts.push(riskFacts);
      rows[offset + RISK_FACTS] = this.riskFacts.length;
    }
    this.count++;
    return offset;
  }

  /** Copies a row of another table (its word not in this one) here, offense memo included; returns the new row's offset, or -1 when full. */
  copy(from: WordTable, fromOffset: number, codes: Uint16Array, start: number, end: number): number {
    const hash = from.rows[fromOffset + HASH];
    const offset = this.add(
      codes,
      start,
      end,
      hash,
      from.rows[fromOffset + TONE_ID],
      from.riskFactsAt(fromOffset),
      from.rows[fromOffset + LANGUAGE_VOTE],
    );
    if (offset < 0) return -1;
    for (let field = OFFENSE_MEMO; field < ROW_INTS; field++)
      this.rows[offset + field] = from.rows[fromOffset + field];
    return offset;
  }

  /** The risk facts of the word in a row. */
  riskFactsAt(offset: number): WordFacts {
    const index = this.rows[offset + RISK_FACTS];
    return index === 0 ? NO_WORD_FACTS : this.riskFacts[index - 1];
  }

  private emptyRowFor(hash: number): number {
    const rows = this.rows;
    let index = Math.imul(hash, ROW_INDEX_MULTIPLIER) >>> this.rowIndexShift;
    while (rows[index * ROW_INTS + HASH] !== 0) index = (index + 1) & this.rowIndexMask;
    return index * ROW_INTS;
  }

  /** Whether the row's word is codes[start, end) (of the row's length). */
  private hasKey(offset: number, codes: Uint16Array, start: number, end: number): boolean {
    const length = end - start;
    const rows = this.rows;
    if (length <= INLINE_KEY_UNITS) {
      for (let unit = 0; unit < length; unit += 2)
        if (rows[offset + KEY + (unit >> 1)] !== keyPair(codes, start + unit, end)) return false;
      return true;
    }
    const pool = this.keyPool;
    const poolStart = rows[offset + KEY];
    for (let unit = 0; unit < length; unit++)
      if (pool[poolStart + unit] !== codes[start + unit]) return false;
    return true;
  }

  /** Appends a long word's units to the key pool; returns where they start. */
  private poolKey(codes: Uint16Array, start: number, end: number): number {
    const length = end - start;
    if (this.keyPoolSize + length > this.keyPool.length) {
      let size = this.keyPool.length * 2;
      while (size < this.keyPoolSize + length) size *= 2;
      const larger = new Uint16Array(size);
      larger.set(this.keyPool.subarray(0, this.keyPoolSize));
      this.keyPool = larger;
    }
    const poolStart = this.keyPoolSize;
    this.keyPool.set(codes.subarray(start, end), poolStart);
    this.keyPoolSize += length;
    return poolStart;
  }
}
