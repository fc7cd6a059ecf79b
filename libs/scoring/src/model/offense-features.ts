import type { RiskCategory } from '@tenor/contracts';
import { combineScores } from '../risk/combine-scores';
import type { RiskFinding, RiskInput, TermHit } from '../risk/risk-types';
import type { ToneScores } from '../sentiment/german-tone';
import type { WordToken } from '../text/word-tokens';
import { finalizeHash, FNV_OFFSET_BASIS, fnvStep, hashCodeRange } from './feature-hashing';

/** What the offense model reads: the detectors' input (normalized text, words, term hits), their findings and the tone. */
export interface OffenseFeatureInput {
  readonly risk: RiskInput;
  readonly detectorFindings: readonly RiskFinding[];
  readonly tone: ToneScores;
  /** Optional: what summing remembers of the words of `risk.words` between comments (see OffenseWordMemos). */
  readonly wordMemos?: OffenseWordMemos;
}

/**
 * What summing remembers of words between comments, for one weights array: per word, its own hash and weight, and the
 * summed weight and number of its character n-grams, which depend on nothing but the word. The scorer keeps a memo in
 * the row of each word it remembers, so a word seen before costs a few additions instead of hashing its n-grams again.
 * Only for integer weights (the classifier's quantized ones), whose sums are exact in any order, so a memo changes no
 * result; sums outside the int32 range are not memorized.
 */
export interface OffenseWordMemos {
  /** The memos: OFFENSE_MEMO_INTS int32 fields each (see MEMO_WEIGHTS_ID and the fields after it). */
  readonly records: Int32Array;
  /** Per word of `risk.words`, where its memo starts in `records`; -1 for a word without one (summed afresh). */
  readonly offsets: ArrayLike<number>;
}

/** Int32 fields of a memo: the id of the weights it was summed with (see weightsIdOf; 0 while empty), … */
const MEMO_WEIGHTS_ID = 0;
/** …the FNV-1a state of the word (before finalizeHash), the start of its bigram with the next word, … */
const MEMO_WORD_HASH = 1;
/** …the weight of the word itself, and the summed weight and number of its character n-grams. */
const MEMO_WORD_WEIGHT = 2;
const MEMO_CHARACTER_SUM = 3;
const MEMO_CHARACTER_COUNT = 4;
/** The number of int32 fields of a memo. */
export const OFFENSE_MEMO_INTS = 5;

/** Small ids of the weights arrays summed in this process (never 0), so a memo says in one int which weights it holds. */
const weightsIds = new WeakMap<object, number>();

function weightsIdOf(weights: ArrayLike<number>): number {
  let id = weightsIds.get(weights);
  if (id === undefined) {
    id = nextWeightsId++;
    weightsIds.set(weights, id);
  }
  return id;
}
let nextWeightsId = 1;

/** The shape of the hashed features; stored with a model, since its weights only fit the features they were trained on. */
export interface OffenseFeatureConfig {
  /** The hashed n-grams share 2^hashBits buckets. */
  readonly hashBits: number;
  /** Character n-grams of each word (with a space on either side) from this length… */
  readonly charNgramMin: number;
  /** …to this length. */
  readonly charNgramMax: number;
  /** Whether adjacent words form bigram features besides the single words. */
  readonly hasWordBigrams: boolean;
  /** Whether the symbols between words (emoji, punctuation) are features too. */
  readonly hasSymbolFeatures: boolean;
}

/**
 * The features the shipped model uses: word 1-2-grams, character 4-5-grams and symbols in 2^18 buckets, chosen by
 * cross-validation (tools/scoring/train-experiments.ts); 4-5-grams score as well as 3-5-grams with a third fewer.
 */
export const DEFAULT_OFFENSE_FEATURE_CONFIG: OffenseFeatureConfig = {
  hashBits: 18,
  charNgramMin: 4,
  charNgramMax: 5,
  hasWordBigrams: true,
  hasSymbolFeatures: true,
};

/** What a pass over a comment does with the feature occurrences it records: keep them, sum their weights, or also attribute them to units. */
const ExtractionMode = { Record: 0, Sum: 1, Attribute: 2 } as const;
type ExtractionMode = (typeof ExtractionMode)[keyof typeof ExtractionMode];

/** Feature groups; each is scaled to unit length on its own, so long texts do not drown short ones. */
export const FeatureGroup = { Word: 0, Character: 1 } as const;
/** A feature group. */
export type FeatureGroup = (typeof FeatureGroup)[keyof typeof FeatureGroup];

/** Start values of the hash per feature kind, so a word and a character n-gram with the same letters land apart (arbitrary odd constants). */
const WORD_SEED = FNV_OFFSET_BASIS;
const CHARACTER_SEED = 0x9e3779b9;
const SYMBOL_SEED = 0x27d4eb2f;
const SPACE = 0x20;
const AT_SIGN = 0x40;
const HASH = 0x23;

/** Occurrence buffers start at this size and double when a long text needs more. */
const INITIAL_CAPACITY = 1024;
/** Room for words new to the memos per text before the buffers double (a comment brings two or three). */
const INITIAL_PENDING_MEMOS = 64;
/** Counts stop adding beyond this many (three insult words say no more than three). */
const MAX_COUNTED = 3;
/** Caps share counts only in texts with at least this many letters ("OK" is no shouting). */
const MIN_LETTERS_FOR_CAPS = 8;

/** Detector categories whose scores the model reads. */
const DETECTOR_CATEGORIES: readonly RiskCategory[] = ['insult', 'profanity', 'threat', 'hate'];
/** Word lists whose hit counts the model reads. */
const TERM_LISTS = ['insult', 'profanity', 'threat', 'hate'] as const;
/**
 * Term kinds the counts leave out: group identities (Muslime, Russen) are context for the hate rules, not offensive,
 * and a model counting them would learn to suspect every comment that names a group (identity-term bias).
 */
const UNCOUNTED_TERM_KINDS: ReadonlySet<string> = new Set(['identity']);

/**
 * Names of the dense features, in their order after the hashed buckets; a model stores them and must match. Features
 * of a tweet's shape (length, @mentions, hashtags, line breaks) were left out: they did not help in cross-validation
 * and would carry Twitter's habits over to news comments (long comments would all look like the longest tweets).
 */
export const DENSE_FEATURE_NAMES: readonly string[] = [
  ...DETECTOR_CATEGORIES.map((category) => `detector.${category}`),
  ...TERM_LISTS.map((list) => `terms.${list}`),
  'tone.negative',
  'tone.positive',
  'tone.compound',
  'text.capitals',
  'text.exclamations',
  'text.questions',
];

/**
 * Turns a comment into features in one pass over its words: hashed word 1-2-grams and character n-grams of the
 * normalized words (so leetspeak and umlaut spellings share features), optionally the symbols between words (emoji,
 * punctuation), plus the dense features (detector scores, word-list hits, tone, shape of the text). Every hashed
 * occurrence remembers the unit of text it came from, for explanations: units 0…words−1 are the words, the units
 * after them the symbols. Mentions (@name) are left out: who a reply goes to says nothing about its tone.
 * Reuses its buffers across calls; not re-entrant.
 */
export class OffenseFeatureExtractor {
  /** Bucket of each feature occurrence of the last text. */
  buckets = new Int32Array(INITIAL_CAPACITY);
  /** The (first) unit each occurrence came from. */
  units = new Int32Array(INITIAL_CAPACITY);
  /** How many units each occurrence spans (1, or 2 for a word bigram). */
  unitSpans = new Uint8Array(INITIAL_CAPACITY);
  /** Group of each occurrence. */
  groups = new Uint8Array(INITIAL_CAPACITY);
  /** How many occurrences the last text recorded (all of them, but for the words summing took from their memos). */
  count = 0;
  /** Normalized-text start and end of each symbol unit of the last text. */
  symbolStarts = new Int32Array(INITIAL_CAPACITY);
  symbolEnds = new Int32Array(INITIAL_CAPACITY);
  /** How many symbol units the last text had. */
  symbolCount = 0;
  /** Per group: the value of one occurrence, 1/√(occurrences in the group), so each group has about unit length. */
  readonly groupValues = new Float64Array(2);
  /** The dense features of the last text, in DENSE_FEATURE_NAMES order. */
  readonly dense = new Float64Array(DENSE_FEATURE_NAMES.length);
  /** Per group: the summed bucket weights of the last sumWeights or attributeWeights call. */
  readonly groupSums = new Float64Array(2);
  /** After attributeWeights: the summed bucket weights per unit and group, at unit × 2 + group (a bigram half to each word). */
  unitSums = new Float64Array(INITIAL_CAPACITY);
  /** After attributeWeights: how many units (words, then symbols) the last text had. */
  unitCount = 0;
  private readonly groupCounts = new Int32Array(2);
  /** Occurrences and summed weights of the words taken from their memos, per group, added to the groups at the end. */
  private memoWordCount = 0;
  private memoCharacterCount = 0;
  private memoWordSum = 0;
  private memoCharacterSum = 0;
  /**
   * Words of the last text whose memo is filled once the weights are summed: where their memo starts (in
   * pendingMemoRecords, the memos of the text's words), their hash, the occurrence of the word itself and the range of
   * occurrences of its character n-grams.
   */
  private pendingMemoCount = 0;
  private pendingMemoRecords: Int32Array | undefined;
  private pendingMemoOffsets = new Int32Array(INITIAL_PENDING_MEMOS);
  private pendingHashes = new Int32Array(INITIAL_PENDING_MEMOS);
  private pendingWordOccurrences = new Int32Array(INITIAL_PENDING_MEMOS);
  private pendingCharacterStarts = new Int32Array(INITIAL_PENDING_MEMOS);
  private pendingCharacterEnds = new Int32Array(INITIAL_PENDING_MEMOS);
  private readonly mask: number;
  private wordCount = 0;
  private mode: ExtractionMode = ExtractionMode.Record;
  /** The weights sumWeights and attributeWeights add up, and their id (see weightsIdOf). */
  private summedWeights: ArrayLike<number> = [];
  private summedWeightsId = 0;

  constructor(readonly config: OffenseFeatureConfig) {
    this.mask = (1 << config.hashBits) - 1;
  }

  /** Number of hashed buckets. */
  get bucketCount(): number {
    return 1 << this.config.hashBits;
  }

  /** Extracts the features of one comment, recording every occurrence with its unit (for training and explanations). */
  extract(input: OffenseFeatureInput): void {
    this.mode = ExtractionMode.Record;
    this.run(input);
  }

  /**
   * The path for scoring: extracts the features of one comment and sums the weights of their buckets per group into
   * groupSums (and fills groupValues and dense as extract does). A word whose memo (input.wordMemos) holds these
   * weights' sums is taken from it, not recorded.
   */
  sumWeights(input: OffenseFeatureInput, weights: ArrayLike<number>): void {
    this.mode = ExtractionMode.Sum;
    if (weights !== this.summedWeights) this.summedWeightsId = weightsIdOf(weights);
    this.summedWeights = weights;
    this.groupSums[0] = 0;
    this.groupSums[1] = 0;
    this.run(input);
  }

  /** As sumWeights, and also adds each occurrence's weight to its unit's unitSums (for explanations), and symbol spans. */
  attributeWeights(input: OffenseFeatureInput, weights: ArrayLike<number>): void {
    this.mode = ExtractionMode.Attribute;
    if (weights !== this.summedWeights) this.summedWeightsId = weightsIdOf(weights);
    this.summedWeights = weights;
    this.groupSums[0] = 0;
    this.groupSums[1] = 0;
    // Room for every word and every symbol unit; the words' sums are cleared here, each symbol's as it is found.
    const capacity = input.risk.words.length + input.risk.normalized.text.length;
    if (this.unitSums.length < capacity * 2) this.unitSums = new Float64Array(capacity * 2);
    else this.unitSums.fill(0, 0, input.risk.words.length * 2);
    this.run(input);
    this.unitCount = this.wordCount + this.symbolCount;
  }

  private run(input: OffenseFeatureInput): void {
    this.count = 0;
    this.pendingMemoCount = 0;
    this.symbolCount = 0;
    this.groupCounts[0] = 0;
    this.groupCounts[1] = 0;
    this.memoWordCount = 0;
    this.memoCharacterCount = 0;
    this.memoWordSum = 0;
    this.memoCharacterSum = 0;
    const { normalized, words } = input.risk;
    const codes = normalized.codes;
    const memos = this.mode === ExtractionMode.Record ? undefined : input.wordMemos;
    this.pendingMemoRecords = memos?.records;
    this.wordCount = words.length;
    let previous = -1;
    let previousHash = 0;
    let gapStart = 0;
    for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
      const word = words[wordIndex];
      if (this.config.hasSymbolFeatures) this.pushSymbols(codes, gapStart, word.start);
      gapStart = word.end;
      if (isMention(codes, word)) {
        previous = -1;
        continue;
      }
      const wordHash = this.pushWord(
        codes,
        word,
        wordIndex,
        memos === undefined ? -1 : memos.offsets[wordIndex],
      );
      if (this.config.hasWordBigrams && previous >= 0) {
        const bigramHash = hashCodeRange(fnvStep(previousHash, SPACE), codes, word.start, word.end);
        this.push(bigramHash, previous, 2, FeatureGroup.Word);
      }
      previous = wordIndex;
      previousHash = wordHash;
    }
    if (this.config.hasSymbolFeatures) this.pushSymbols(codes, gapStart, codes.length);
    if (this.mode !== ExtractionMode.Record) {
      this.sumRecordedWeights();
      this.fillPendingMemos();
    }
    this.groupCounts[FeatureGroup.Word] += this.memoWordCount;
    this.groupCounts[FeatureGroup.Character] += this.memoCharacterCount;
    this.groupSums[FeatureGroup.Word] += this.memoWordSum;
    this.groupSums[FeatureGroup.Character] += this.memoCharacterSum;
    const wordCount = this.groupCounts[FeatureGroup.Word];
    const characterCount = this.groupCounts[FeatureGroup.Character];
    this.groupValues[FeatureGroup.Word] = wordCount > 0 ? 1 / Math.sqrt(wordCount) : 0;
    this.groupValues[FeatureGroup.Character] = characterCount > 0 ? 1 / Math.sqrt(characterCount) : 0;
    this.fillDense(input);
  }

  /** The value of occurrence `index`. */
  valueOf(index: number): number {
    return this.groupValues[this.groups[index]];
  }

  /**
   * The word's own feature and its character n-grams; from its memo (at `memo` in pendingMemoRecords, -1 for none)
   * when that holds these weights' sums, else hashed (and, with a memo, noted to fill it once the weights are summed).
   * Returns the word's hash.
   */
  private pushWord(codes: Uint16Array, word: WordToken, wordIndex: number, memo: number): number {
    const records = this.pendingMemoRecords;
    if (memo >= 0 && records !== undefined && records[memo + MEMO_WEIGHTS_ID] === this.summedWeightsId) {
      const wordWeight = records[memo + MEMO_WORD_WEIGHT];
      const characterSum = records[memo + MEMO_CHARACTER_SUM];
      this.memoWordCount++;
      this.memoWordSum += wordWeight;
      this.memoCharacterCount += records[memo + MEMO_CHARACTER_COUNT];
      this.memoCharacterSum += characterSum;
      if (this.mode === ExtractionMode.Attribute) {
        this.unitSums[wordIndex * 2 + FeatureGroup.Word] += wordWeight;
        this.unitSums[wordIndex * 2 + FeatureGroup.Character] += characterSum;
      }
      return records[memo + MEMO_WORD_HASH];
    }
    const wordHash = hashCodeRange(WORD_SEED, codes, word.start, word.end);
    const wordOccurrence = this.count;
    this.push(wordHash, wordIndex, 1, FeatureGroup.Word);
    const characterStart = this.count;
    this.pushCharacterNgrams(codes, word, wordIndex);
    if (memo >= 0) this.notePendingMemo(memo, wordHash, wordOccurrence, characterStart, this.count);
    return wordHash;
  }

  private notePendingMemo(
    memo: number,
    wordHash: number,
    wordOccurrence: number,
    characterStart: number,
    characterEnd: number,
  ): void {
    const pending = this.pendingMemoCount++;
    if (pending === this.pendingHashes.length) {
      this.pendingMemoOffsets = grown(this.pendingMemoOffsets);
      this.pendingHashes = grown(this.pendingHashes);
      this.pendingWordOccurrences = grown(this.pendingWordOccurrences);
      this.pendingCharacterStarts = grown(this.pendingCharacterStarts);
      this.pendingCharacterEnds = grown(this.pendingCharacterEnds);
    }
    this.pendingMemoOffsets[pending] = memo;
    this.pendingHashes[pending] = wordHash;
    this.pendingWordOccurrences[pending] = wordOccurrence;
    this.pendingCharacterStarts[pending] = characterStart;
    this.pendingCharacterEnds[pending] = characterEnd;
  }

  /**
   * Adds the weights of the recorded occurrences to their groups (and units). Every bucket is known before the first
   * weight is read, so the reads, often cache misses in the 512 KB of weights, overlap in this short loop instead of
   * each waiting between two hashes.
   */
  private sumRecordedWeights(): void {
    const { buckets, units, unitSpans, groups, groupSums, unitSums, count } = this;
    const weights = this.summedWeights;
    const isAttributing = this.mode === ExtractionMode.Attribute;
    for (let index = 0; index < count; index++) {
      const weight = weights[buckets[index]];
      const group = groups[index];
      groupSums[group] += weight;
      if (!isAttributing) continue;
      const unit = units[index];
      if (unitSpans[index] === 1) unitSums[unit * 2 + group] += weight;
      else {
        unitSums[unit * 2 + group] += weight / 2;
        unitSums[(unit + 1) * 2 + group] += weight / 2;
      }
    }
  }

  /** Fills the memos of the words new to them from their recorded occurrences (the weights are in cache by now). */
  private fillPendingMemos(): void {
    const weights = this.summedWeights;
    const buckets = this.buckets;
    const records = this.pendingMemoRecords;
    if (records === undefined) return;
    for (let pending = 0; pending < this.pendingMemoCount; pending++) {
      const memo = this.pendingMemoOffsets[pending];
      const characterStart = this.pendingCharacterStarts[pending];
      const characterEnd = this.pendingCharacterEnds[pending];
      let characterSum = 0;
      for (let index = characterStart; index < characterEnd; index++) characterSum += weights[buckets[index]];
      const wordWeight = weights[buckets[this.pendingWordOccurrences[pending]]];
      if ((characterSum | 0) !== characterSum || (wordWeight | 0) !== wordWeight) continue;
      records[memo + MEMO_WORD_HASH] = this.pendingHashes[pending];
      records[memo + MEMO_WORD_WEIGHT] = wordWeight;
      records[memo + MEMO_CHARACTER_SUM] = characterSum;
      records[memo + MEMO_CHARACTER_COUNT] = characterEnd - characterStart;
      records[memo + MEMO_WEIGHTS_ID] = this.summedWeightsId;
    }
    this.pendingMemoCount = 0;
  }

  /** Character n-grams of " word ": every start from the leading space, every length in range. */
  private pushCharacterNgrams(codes: Uint16Array, word: WordToken, wordIndex: number): void {
    const { charNgramMin, charNgramMax } = this.config;
    const leadingSpace = word.start - 1;
    const trailingSpace = word.end;
    for (let start = leadingSpace; start + charNgramMin - 1 <= trailingSpace; start++) {
      let hash = CHARACTER_SEED;
      const stop = Math.min(start + charNgramMax - 1, trailingSpace);
      for (let position = start; position <= stop; position++) {
        const isSpace = position === leadingSpace || position === trailingSpace;
        hash = fnvStep(hash, isSpace ? SPACE : codes[position]);
        if (position - start + 1 >= charNgramMin) this.push(hash, wordIndex, 1, FeatureGroup.Character);
      }
    }
  }

  /** Each symbol in codes[start, end) (an emoji's surrogate pair as one) except white space, @ and #, as its own unit. */
  private pushSymbols(codes: Uint16Array, start: number, end: number): void {
    for (let position = start; position < end; position++) {
      const code = codes[position];
      if (code <= SPACE || code === AT_SIGN || code === HASH) continue;
      const symbolStart = position;
      let hash = fnvStep(SYMBOL_SEED, code);
      if (code >= 0xd800 && code <= 0xdbff && position + 1 < end) hash = fnvStep(hash, codes[++position]);
      if (this.mode === ExtractionMode.Attribute) {
        const unit = this.wordCount + this.symbolCount;
        this.unitSums[unit * 2] = 0;
        this.unitSums[unit * 2 + 1] = 0;
      }
      if (this.mode !== ExtractionMode.Sum) {
        if (this.symbolCount === this.symbolStarts.length) {
          this.symbolStarts = grown(this.symbolStarts);
          this.symbolEnds = grown(this.symbolEnds);
        }
        this.symbolStarts[this.symbolCount] = symbolStart;
        this.symbolEnds[this.symbolCount] = position + 1;
      }
      this.push(hash, this.wordCount + this.symbolCount++, 1, FeatureGroup.Word);
    }
  }

  /** Counts one occurrence of the feature with FNV-1a state `hash` in its group and records it (its weight is read later). */
  private push(hash: number, unit: number, unitSpan: number, group: FeatureGroup): void {
    this.groupCounts[group]++;
    if (this.count === this.buckets.length) {
      this.buckets = grown(this.buckets);
      this.units = grown(this.units);
      this.unitSpans = grown(this.unitSpans);
      this.groups = grown(this.groups);
    }
    const index = this.count++;
    this.buckets[index] = finalizeHash(hash) & this.mask;
    this.units[index] = unit;
    this.unitSpans[index] = unitSpan;
    this.groups[index] = group;
  }

  private fillDense(input: OffenseFeatureInput): void {
    const dense = this.dense;
    let slot = 0;
    for (const category of DETECTOR_CATEGORIES)
      dense[slot++] = detectorScore(input.detectorFindings, category);
    for (const list of TERM_LISTS) {
      let hits = 0;
      for (const term of input.risk.terms) if (isCounted(term, list)) hits++;
      dense[slot++] = capped(hits);
    }
    dense[slot++] = input.tone.neg;
    dense[slot++] = input.tone.pos;
    dense[slot++] = input.tone.compound;
    // Letters, capitals, ! and ? of the original, counted by the normalizer on its way.
    const { latinLetterCount, latinCapitalCount, exclamationCount, questionCount } = input.risk.normalized;
    dense[slot++] = latinLetterCount >= MIN_LETTERS_FOR_CAPS ? latinCapitalCount / latinLetterCount : 0;
    dense[slot++] = capped(exclamationCount);
    dense[slot++] = capped(questionCount);
  }
}

/** A copy of a typed array with twice the room. */
function grown<T extends Int32Array | Uint8Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * For each dense feature, the words it is about, so its share of the logit can be shown on them: a detector score on
 * the words under that category's findings, a word-list count on the words hit. Tone and punctuation are about no word.
 */
export function wordsBehindDenseFeatures(input: OffenseFeatureInput): number[][] {
  const { terms } = input.risk;
  const behind: number[][] = [];
  for (const category of DETECTOR_CATEGORIES) behind.push(wordsUnderFindings(input, category));
  for (const list of TERM_LISTS) {
    const hitWords: number[] = [];
    for (const term of terms) if (isCounted(term, list)) hitWords.push(term.wordIndex);
    behind.push(hitWords);
  }
  while (behind.length < DENSE_FEATURE_NAMES.length) behind.push([]);
  return behind;
}

/** The words (in order) that overlap a finding of the category in the original text. */
function wordsUnderFindings(input: OffenseFeatureInput, category: RiskCategory): number[] {
  const findings = input.detectorFindings.filter((finding) => finding.category === category);
  const under: number[] = [];
  if (findings.length === 0) return under;
  const { words, normalized } = input.risk;
  for (let index = 0; index < words.length; index++) {
    const start = normalized.starts[words[index].start];
    const end = normalized.ends[words[index].end - 1];
    for (const finding of findings) {
      if (finding.start < end && start < finding.end) {
        under.push(index);
        break;
      }
    }
  }
  return under;
}

function isCounted(term: TermHit, list: string): boolean {
  return term.list === list && !UNCOUNTED_TERM_KINDS.has(term.kind);
}

/** Whether a word is an @mention (the normalizer keeps an @ that is not between letters). */
function isMention(codes: Uint16Array, word: WordToken): boolean {
  return word.start > 0 && codes[word.start - 1] === AT_SIGN;
}

function detectorScore(findings: readonly RiskFinding[], category: RiskCategory): number {
  let scores: number[] | undefined;
  for (const finding of findings) if (finding.category === category) (scores ??= []).push(finding.score);
  return scores === undefined ? 0 : combineScores(scores);
}

function capped(count: number): number {
  return Math.min(count, MAX_COUNTED) / MAX_COUNTED;
}
