import { languageVote } from './language/detect-language';
import type { OffenseWordMemo } from './model/offense-features';
import { getRiskWordFacts, RiskWordFacts, WordFacts } from './risk/word-facts';
import { getGermanToneLexicon, GermanToneLexicon, ToneWordInfo } from './sentiment/german-tone-lexicon';
import type { WordToken } from './text/word-tokens';

/** Everything the scorer's stages need to know about one normalized word, and what the offense model remembers of it. */
export class WordProfile implements OffenseWordMemo {
  offenseWeights: ArrayLike<number> | undefined = undefined;
  offenseWordHash = 0;
  offenseWordWeight = 0;
  offenseCharacterSum = 0;
  offenseCharacterCount = 0;

  constructor(
    readonly tone: ToneWordInfo,
    readonly risk: WordFacts,
    /** +1 German function word, −1 English, 0 neither. */
    readonly languageVote: number,
  ) {}
}

/**
 * Words remembered per generation; at most twice this many are remembered at once, in about 10 MB (measured: about
 * 160 bytes a word with its key, map entry and the offense model's memo). 32,768 holds the working vocabulary of German
 * comments: the 5,000 GermEval 2018 tweets use 25,000 distinct words, and since only words seen twice are remembered
 * (see SEEN_ONCE_SLOTS), a generation fills with recurring words only.
 */
export const PROFILE_GENERATION_SIZE = 32_768;
/**
 * Slots of the fingerprint table of words seen once (256 KB). A word is remembered on its second sighting: most new
 * words in comments (names, numbers, ad-hoc compounds) never come again, and remembering them would only evict useful
 * words and leave garbage for the collector. The slots go in sets of two, the newer fingerprint first: with one slot
 * per fingerprint, two recurring words sharing it pushed each other out until one came twice in a row (in the first
 * 20,000 comments of npm run bench:scoring, one recurring word in eight was analysed more than twice; in sets of two,
 * one in thirty-five). At three new words per comment a fingerprint survives about 20,000 comments before two other
 * words have come into its set.
 */
const SEEN_ONCE_SLOTS = 1 << 16;
/** A fingerprint's set is its top 15 bits (2^15 sets of two slots). */
const SEEN_ONCE_SET_SHIFT = 32 - 15;

/** V8 makes slices of 13 or more UTF-16 units views of the sliced string; shorter slices are copies. */
const MIN_VIEW_SLICE_LENGTH = 13;

/**
 * One lookup per word for language, tone and risk: a comment's words are profiled once, and each distinct word is
 * remembered, since comments reuse their vocabulary. Stretched words (idiooot) are profiled afresh, as their lookups
 * depend on the stretch.
 *
 * The memory is bounded and keeps frequent words: a word seen for the second time goes into the current generation;
 * when that is full it becomes the previous one and the one before is dropped. A word found in the previous generation
 * moves to the current one, so a word in use is never forgotten, and one not seen for a whole generation is (an
 * approximate LRU for two map lookups).
 */
export class WordProfiles {
  private current = new Map<string | number, WordProfile>();
  private previous = new Map<string | number, WordProfile>();
  /** Fingerprints of words seen once (0: empty), by their top bits. */
  private readonly seenOnce = new Int32Array(SEEN_ONCE_SLOTS);

  constructor(
    private readonly toneLexicon: GermanToneLexicon,
    private readonly riskFacts: RiskWordFacts,
    private readonly generationSize = PROFILE_GENERATION_SIZE,
  ) {}

  /** The profile of one word. */
  profileOf(word: WordToken): WordProfile {
    if (word.isStretched) return this.profile(word);
    const text = word.text;
    const key = memoryKeyOf(text);
    const remembered = this.current.get(key);
    if (remembered !== undefined) return remembered;
    const previous = this.previous.get(key);
    if (previous !== undefined) {
      this.remember(key, previous);
      return previous;
    }
    const profile = this.profile(word);
    if (this.isSeenBefore(text)) this.remember(key, profile);
    return profile;
  }

  /** How many words are remembered (for tests and memory checks). */
  get rememberedCount(): number {
    return this.current.size + this.previous.size;
  }

  private remember(key: string | number, profile: WordProfile): void {
    if (this.current.size >= this.generationSize) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(typeof key === 'string' ? detached(key) : key, profile);
  }

  /**
   * Whether the word's fingerprint is in the table of words seen once, where it is then taken out (the word is about
   * to be remembered); if not, it is put first in its set, the older one there moving to the second slot.
   */
  private isSeenBefore(text: string): boolean {
    const fingerprint = fingerprintOf(text);
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

  private profile(word: WordToken): WordProfile {
    return new WordProfile(
      this.toneLexicon.analyseToken(word.text, word.isStretched),
      this.riskFacts.analyse(word),
      languageVote(word.text),
    );
  }
}

/** Words of up to this many letters a-z are remembered under a number, their letters in base 27 (27^6 < 2^31). */
const MAX_NUMBER_KEY_LETTERS = 6;

/**
 * The key a word is remembered under: a short word of letters a-z (most words of a comment: der, nicht, gut) as a
 * small integer, which the map compares in place, where a string key has to be read from wherever it lies in memory;
 * any other word as itself.
 */
function memoryKeyOf(text: string): string | number {
  if (text.length > MAX_NUMBER_KEY_LETTERS) return text;
  let key = 0;
  for (let index = 0; index < text.length; index++) {
    const letter = text.charCodeAt(index) - 0x60;
    if (letter < 1 || letter > 26) return text;
    key = key * 27 + letter;
  }
  return key;
}

/** A non-zero 32-bit FNV-1a hash of a word's code units. */
function fingerprintOf(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < text.length; index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash === 0 ? 1 : hash;
}

/**
 * A copy of a word that does not keep the comment it was sliced from alive: a long slice is a view of the whole
 * normalized comment, which a remembered key would otherwise hold for as long as the word is remembered. Concatenating
 * and slicing again makes the engine copy the word into a string of its own.
 */
function detached(word: string): string {
  return word.length < MIN_VIEW_SLICE_LENGTH ? word : ` ${word}`.slice(1);
}

let sharedProfiles: WordProfiles | undefined;

/** The process-wide word profiles, built on first use. */
export function getWordProfiles(): WordProfiles {
  sharedProfiles ??= new WordProfiles(getGermanToneLexicon(), getRiskWordFacts());
  return sharedProfiles;
}
