/**
 * The benchmark corpus: German comments of about COMMENT_LENGTH characters built deterministically from the GermEval
 * 2018 training tweets (first column; |LBR| is a line break). Tweets are picked with a seeded PRNG (Mulberry32) and
 * joined with spaces up to the length left for new words; then one to three made-up words go in at random word
 * positions: half of them a compound of two corpus nouns (Regierung + chaos), a quarter a surname numbered by a counter
 * (Bakeluhoff, always new), an eighth an @handle with such a name, an eighth a number below a million. Real comments
 * keep bringing new words, and the first analysis of a word is the expensive part of scoring, so a corpus of repeated
 * tweets alone would measure a warm word memory. `novelty` counts how many comments really bring a new word.
 */
import { readFileSync } from 'node:fs';

/** The comment length the throughput requirement is stated for. */
export const COMMENT_LENGTH = 300;
/** Room left in the joined tweets for each inserted new word (their average length, 14, plus a space). */
const ROOM_PER_NEW_WORD = 15;
/** Joined tweets longer than their target by more than this are cut at a space before the target. */
const MAX_OVERSHOOT = 10;
/** Made-up surnames are a counter written in base 100, one consonant-vowel syllable per digit, so each name is new. */
const CONSONANTS = 'bdfghjklmnprstvwzßcq';
const VOWELS = 'aeiou';
const SURNAME_ENDINGS = ['er', 'mann', 'ski', 'ow', 'ing', 'hoff', 'ke', 'bauer'];
/** Each seed's names start at (seed mod 10) × this, so corpora of neighbouring seeds have names of their own. */
const NAMES_PER_SEED = 100_000;

/** Mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The tweets of a GermEval 2018 file: first column, |LBR| as a line break. */
export function readTweets(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) =>
      line
        .split('\t')[0]
        .replace(/\|LBR\|/g, '\n')
        .trim(),
    )
    .filter((text) => text.length > 0);
}

/** Comments of about COMMENT_LENGTH characters, each with one to three words new to the corpus, one after another. */
export class CommentGenerator {
  private readonly random: () => number;
  private readonly nouns: readonly string[];
  private counter: number;

  constructor(
    private readonly tweets: readonly string[],
    seed: number,
  ) {
    this.random = seededRandom(seed);
    this.nouns = [
      ...new Set(tweets.flatMap((tweet) => tweet.match(/(?<!\S)\p{Lu}\p{Ll}{3,}(?!\S)/gu) ?? [])),
    ];
    this.counter = (seed % 10) * NAMES_PER_SEED;
  }

  /** The next `count` comments. */
  take(count: number): string[] {
    return Array.from({ length: count }, () => this.next());
  }

  /** The next comment. */
  next(): string {
    const newWords = 1 + Math.floor(this.random() * 3);
    const length = COMMENT_LENGTH - newWords * ROOM_PER_NEW_WORD;
    let text = '';
    while (text.length < length) text += (text ? ' ' : '') + this.pick(this.tweets);
    if (text.length > length + MAX_OVERSHOOT) {
      const cut = text.lastIndexOf(' ', length);
      text = text.slice(0, cut > length / 2 ? cut : length);
    }
    const words = text.split(' ');
    for (let word = 0; word < newWords; word++)
      words.splice(Math.floor(this.random() * (words.length + 1)), 0, this.newWord());
    return words.join(' ');
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** A compound of two corpus nouns (half the time), a made-up surname, an @handle or a number. */
  private newWord(): string {
    const kind = this.random();
    if (kind < 0.5)
      return this.pick(this.nouns) + (this.random() < 0.3 ? 's' : '') + this.pick(this.nouns).toLowerCase();
    if (kind < 0.75) return this.surname();
    if (kind < 0.875) return `@${this.surname().toLowerCase()}${Math.floor(this.random() * 100)}`;
    return String(Math.floor(this.random() * 1_000_000));
  }

  /** A surname no comment had before: the counter in syllables, plus a common ending. */
  private surname(): string {
    let value = this.counter++;
    let name = '';
    do {
      const digit = value % (CONSONANTS.length * VOWELS.length);
      name += CONSONANTS[digit % CONSONANTS.length] + VOWELS[Math.floor(digit / CONSONANTS.length)];
      value = Math.floor(value / (CONSONANTS.length * VOWELS.length));
    } while (value > 0);
    return name[0].toUpperCase() + name.slice(1) + this.pick(SURNAME_ENDINGS);
  }
}

/** Share of comments with a word (letters and digits, lower-cased) that no earlier comment has, and such words per comment. */
export function novelty(generator: CommentGenerator, count: number): { share: number; perComment: number } {
  const seen = new Set<string>();
  let withNew = 0;
  let newWords = 0;
  for (let index = 0; index < count; index++) {
    let fresh = 0;
    for (const word of generator
      .next()
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (seen.has(word)) continue;
      seen.add(word);
      fresh++;
    }
    if (fresh > 0) withNew++;
    newWords += fresh;
  }
  return { share: withNew / count, perComment: newWords / count };
}
