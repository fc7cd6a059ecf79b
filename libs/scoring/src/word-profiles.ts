import { languageVote } from './language/detect-language';
import type { OffenseWordMemos } from './model/offense-features';
import { getRiskWordFacts, RiskWordFacts, WordFacts } from './risk/word-facts';
import { getGermanToneLexicon, GermanToneLexicon, ToneWordInfo } from './sentiment/german-tone-lexicon';
import type { NormalizedText } from './text/normalize';
import { WordToken, wordHashOf } from './text/word-tokens';
import { LANGUAGE_VOTE, OFFENSE_MEMO, rowHashOf, TONE_ID, WordTable } from './word-table';

/** What the scorer's stages need to know about the words of one comment, one entry per word. */
export interface CommentWordProfiles {
  readonly toneInfos: ToneWordInfo[];
  readonly riskFacts: WordFacts[];
  /** How many of the words are German function words, and how many English ones. */
  readonly germanWords: number;
  readonly englishWords: number;
  /** The offense model's memos of the remembered words (the others have none). */
  readonly offenseMemos: OffenseWordMemos;
}

/** A word analysed afresh: its profile, and its new row in the current generation (-1 when not remembered). */
interface NewWordProfile {
  readonly tone: ToneWordInfo;
  readonly risk: WordFacts;
  readonly languageVote: number;
  readonly row: number;
}

/**
 * Words remembered per generation; at most twice this many are remembered at once, in two tables of 4 MB (64-byte
 * rows, at most half of them filled). 32,768 holds the working vocabulary of German comments: the 5,000 GermEval 2018
 * tweets use 25,000 distinct words, and since only words seen twice are remembered (see SEEN_ONCE_SLOTS), a generation
 * fills with recurring words only.
 */
export const PROFILE_GENERATION_SIZE = 32_768;
/** A generation's table has at least twice as many rows as it takes words, and at least this many. */
const MIN_TABLE_ROWS_LOG2 = 8;
/**
 * Slots of the fingerprint table of words seen once (256 KB). A word is remembered on its second sighting: most new
 * words in comments (names, numbers, ad-hoc compounds) never come again, and remembering them would only evict useful
 * words. The slots go in sets of two, the newer fingerprint first: with one slot per fingerprint, two recurring words
 * sharing it pushed each other out until one came twice in a row (in the first 20,000 comments of npm run
 * bench:scoring, one recurring word in eight was analysed more than twice; in sets of two, one in thirty-five). At
 * three new words per comment a fingerprint survives about 20,000 comments before two other words have come into its
 * set.
 */
const SEEN_ONCE_SLOTS = 1 << 16;
/** A fingerprint's set is its top 15 bits (2^15 sets of two slots). */
const SEEN_ONCE_SET_SHIFT = 32 - 15;

/**
 * One lookup per word for language, tone and risk: a comment's words are profiled once, and each distinct word is
 * remembered, since comments reuse their vocabulary. Stretched words (idiooot) are profiled afresh, as their lookups
 * depend on the stretch.
 *
 * Remembered words live in typed-array tables (see WordTable), a word's key and profile in one 64-byte row. The memory
 * is bounded and keeps frequent words: a word seen for the second time goes into the current generation; when that is
 * full, at the start of a comment, it becomes the previous one and the one before is dropped. A word found in the
 * previous generation moves to the current one, so a word in use is never forgotten, and one not seen for a whole
 * generation is (an approximate LRU for two lookups).
 */
export class WordProfiles {
  private current: WordTable;
  private previous: WordTable;
  /** Fingerprints (rowHashOf of the words' hashes) of words seen once (0: empty), by their top bits. */
  private readonly seenOnce = new Int32Array(SEEN_ONCE_SLOTS);
  /** Tone infos by the ids the table rows hold (see toneIdOf). */
  private readonly toneInfos: ToneWordInfo[] = [];
  private readonly toneIdsByInfo = new Map<ToneWordInfo, number>();
  private readonly plainToneIdsByValence = new Map<number | undefined, number>();
  private readonly tableRowsLog2: number;
  /** What WordTable.touch returned for the last comment (kept only so that its reads are made). */
  private touched = 0;

  constructor(
    private readonly toneLexicon: GermanToneLexicon,
    private readonly riskFacts: RiskWordFacts,
    private readonly generationSize = PROFILE_GENERATION_SIZE,
  ) {
    this.tableRowsLog2 = Math.max(MIN_TABLE_ROWS_LOG2, Math.ceil(Math.log2(generationSize * 2)));
    this.current = new WordTable(this.tableRowsLog2);
    // There is no previous generation before the first one is full: a table of the smallest size stands in for it.
    this.previous = new WordTable(MIN_TABLE_ROWS_LOG2);
  }

  /** The profiles of one comment's words (`words` of `normalized`), remembering the words seen before. */
  profileWords(normalized: NormalizedText, words: readonly WordToken[]): CommentWordProfiles {
    // Generations change only between comments, so the memo offsets of one comment all point into one table.
    if (this.current.count >= this.generationSize) {
      this.previous = this.current;
      this.current = new WordTable(this.tableRowsLog2);
    }
    const codes = normalized.codes;
    const count = words.length;
    this.touched = this.current.touch(words);
    // Arrays of the final length: growing them push by push would allocate each about three times. Plain arrays, not
    // typed ones: a typed array past 64 bytes costs an allocation outside the heap.
    const toneInfos = new Array<ToneWordInfo>(count);
    const riskFacts = new Array<WordFacts>(count);
    const memoOffsets = new Array<number>(count);
    let germanWords = 0;
    let englishWords = 0;
    for (let index = 0; index < count; index++) {
      const word = words[index];
      const row = word.isStretched ? -1 : this.rememberedRow(codes, word);
      let vote: number;
      if (row >= 0) {
        const current = this.current;
        toneInfos[index] = this.toneInfos[current.rows[row + TONE_ID]];
        riskFacts[index] = current.riskFactsAt(row);
        vote = current.rows[row + LANGUAGE_VOTE];
        memoOffsets[index] = row + OFFENSE_MEMO;
      } else {
        const profile = this.profile(codes, word);
        toneInfos[index] = profile.tone;
        riskFacts[index] = profile.risk;
        vote = profile.languageVote;
        memoOffsets[index] = profile.row < 0 ? -1 : profile.row + OFFENSE_MEMO;
      }
      if (vote > 0) germanWords++;
      else if (vote < 0) englishWords++;
    }
    return {
      toneInfos,
      riskFacts,
      germanWords,
      englishWords,
      offenseMemos: { records: this.current.rows, offsets: memoOffsets },
    };
  }

  /** How many words are remembered (for tests and memory checks). */
  get rememberedCount(): number {
    return this.current.count + this.previous.count;
  }

  /** Whether a (normalized) word is remembered, in either generation. */
  isRemembered(word: string): boolean {
    const codes = Uint16Array.from(word, (character) => character.charCodeAt(0));
    const hash = rowHashOf(wordHashOf(codes, 0, codes.length));
    return (
      this.current.find(codes, 0, codes.length, hash) >= 0 ||
      this.previous.find(codes, 0, codes.length, hash) >= 0
    );
  }

  /** The word's row in the current generation (moved there from the previous one if need be), or -1. */
  private rememberedRow(codes: Uint16Array, word: WordToken): number {
    const hash = rowHashOf(word.hash);
    const row = this.current.find(codes, word.start, word.end, hash);
    if (row >= 0) return row;
    const previousRow = this.previous.find(codes, word.start, word.end, hash);
    return previousRow < 0 ? -1 : this.current.copy(this.previous, previousRow, codes, word.start, word.end);
  }

  /** Analyses a word that is not remembered, and remembers it when it was seen before (not when stretched). */
  private profile(codes: Uint16Array, word: WordToken): NewWordProfile {
    const tone = this.toneLexicon.analyseToken(word.text, word.isStretched);
    const risk = this.riskFacts.analyse(word);
    const vote = languageVote(word.text);
    const hash = rowHashOf(word.hash);
    const row =
      !word.isStretched && this.isSeenBefore(hash)
        ? this.current.add(codes, word.start, word.end, hash, this.toneIdOf(tone), risk, vote)
        : -1;
    return { tone, risk, languageVote: vote, row };
  }

  /**
   * Whether the word's fingerprint is in the table of words seen once, where it is then taken out (the word is about
   * to be remembered); if not, it is put first in its set, the older one there moving to the second slot.
   */
  private isSeenBefore(fingerprint: number): boolean {
    const seenOnce = this.seenOnce;
    const first = (fingerprint >>> SEEN_ONCE_SET_SHIFT) * 2;
    if (seenOnce[first] === fingerprint) {
      seenOnce[first] = seenOnce[first + 1];
      seenOnce[first + 1] = 0;
      return true;
    }
    if (seenOnce[first + 1] === fingerprint) {
      seenOnce[first + 1] = 0;
      return true;
    }
    seenOnce[first + 1] = seenOnce[first];
    seenOnce[first] = fingerprint;
    return false;
  }

  /**
   * The id a table row holds for a tone info. Infos with a valence and nothing else (most, and every compound's) are
   * told apart by their valence alone, so compounds analysed anew do not add ids; the lexicon's other infos (boosters,
   * negators, …) by identity. Either way the ids stay as few as the lexicon's distinct infos.
   */
  private toneIdOf(info: ToneWordInfo): number {
    const isPlain = info.boosterScalar === 0 && info.flags === 0;
    const known = isPlain ? this.plainToneIdsByValence.get(info.valence) : this.toneIdsByInfo.get(info);
    if (known !== undefined) return known;
    const id = this.toneInfos.length;
    this.toneInfos.push(info);
    if (isPlain) this.plainToneIdsByValence.set(info.valence, id);
    else this.toneIdsByInfo.set(info, id);
    return id;
  }
}

let sharedProfiles: WordProfiles | undefined;

/** The process-wide word profiles, built on first use. */
export function getWordProfiles(): WordProfiles {
  sharedProfiles ??= new WordProfiles(getGermanToneLexicon(), getRiskWordFacts());
  return sharedProfiles;
}
