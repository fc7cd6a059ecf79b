import type { RiskCategory } from '@tenor/contracts';
import { combineScores } from '../risk/combine-scores';
import type { RiskFinding, RiskInput, TermHit } from '../risk/risk-types';
import type { ToneScores } from '../sentiment/german-tone';
import type { WordToken } from '../text/word-tokens';
import { finalizeHash, FNV_OFFSET_BASIS, fnvStep, hashRange } from './feature-hashing';

/** What the offense model reads: the detectors' input (normalized text, words, term hits), their findings and the tone. */
export interface OffenseFeatureInput {
  readonly risk: RiskInput;
  readonly detectorFindings: readonly RiskFinding[];
  readonly tone: ToneScores;
}

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

/** What a pass over a comment does with each feature occurrence. */
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
  /** How many occurrences the last extract recorded. */
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
  private readonly mask: number;
  private wordCount = 0;
  private mode: ExtractionMode = ExtractionMode.Record;
  /** The weights sumWeights and attributeWeights add up. */
  private summedWeights: ArrayLike<number> = [];

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
   * The fast path for scoring: extracts the features of one comment but, instead of recording occurrences, sums the
   * weights of their buckets per group into groupSums (and fills groupValues and dense as extract does).
   */
  sumWeights(input: OffenseFeatureInput, weights: ArrayLike<number>): void {
    this.mode = ExtractionMode.Sum;
    this.summedWeights = weights;
    this.groupSums[0] = 0;
    this.groupSums[1] = 0;
    this.run(input);
  }

  /** As sumWeights, and also adds each occurrence's weight to its unit's unitSums (for explanations), and symbol spans. */
  attributeWeights(input: OffenseFeatureInput, weights: ArrayLike<number>): void {
    this.mode = ExtractionMode.Attribute;
    this.summedWeights = weights;
    this.groupSums[0] = 0;
    this.groupSums[1] = 0;
    const capacity = input.risk.words.length + input.risk.normalized.text.length;
    if (this.unitSums.length < capacity * 2) this.unitSums = new Float64Array(capacity * 2);
    else this.unitSums.fill(0, 0, capacity * 2);
    this.run(input);
    this.unitCount = this.wordCount + this.symbolCount;
  }

  private run(input: OffenseFeatureInput): void {
    this.count = 0;
    this.symbolCount = 0;
    this.groupCounts[0] = 0;
    this.groupCounts[1] = 0;
    const { normalized, words } = input.risk;
    const text = normalized.text;
    this.wordCount = words.length;
    let previous = -1;
    let previousHash = 0;
    let gapStart = 0;
    for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
      const word = words[wordIndex];
      if (this.config.hasSymbolFeatures) this.pushSymbols(text, gapStart, word.start);
      gapStart = word.end;
      if (isMention(text, word)) {
        previous = -1;
        continue;
      }
      const wordHash = hashRange(WORD_SEED, text, word.start, word.end);
      this.push(wordHash, wordIndex, 1, FeatureGroup.Word);
      this.pushCharacterNgrams(text, word, wordIndex);
      if (this.config.hasWordBigrams && previous >= 0) {
        const bigramHash = hashRange(fnvStep(previousHash, SPACE), text, word.start, word.end);
        this.push(bigramHash, previous, 2, FeatureGroup.Word);
      }
      previous = wordIndex;
      previousHash = wordHash;
    }
    if (this.config.hasSymbolFeatures) this.pushSymbols(text, gapStart, text.length);
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

  /** Character n-grams of " word ": every start from the leading space, every length in range. */
  private pushCharacterNgrams(text: string, word: WordToken, wordIndex: number): void {
    const { charNgramMin, charNgramMax } = this.config;
    const leadingSpace = word.start - 1;
    const trailingSpace = word.end;
    for (let start = leadingSpace; start + charNgramMin - 1 <= trailingSpace; start++) {
      let hash = CHARACTER_SEED;
      const stop = Math.min(start + charNgramMax - 1, trailingSpace);
      for (let position = start; position <= stop; position++) {
        const isSpace = position === leadingSpace || position === trailingSpace;
        hash = fnvStep(hash, isSpace ? SPACE : text.charCodeAt(position));
        if (position - start + 1 >= charNgramMin) this.push(hash, wordIndex, 1, FeatureGroup.Character);
      }
    }
  }

  /** Each symbol in text[start, end) (an emoji's surrogate pair as one) except white space, @ and #, as its own unit. */
  private pushSymbols(text: string, start: number, end: number): void {
    for (let position = start; position < end; position++) {
      const code = text.charCodeAt(position);
      if (code <= SPACE || code === AT_SIGN || code === HASH) continue;
      const symbolStart = position;
      let hash = fnvStep(SYMBOL_SEED, code);
      if (code >= 0xd800 && code <= 0xdbff && position + 1 < end)
        hash = fnvStep(hash, text.charCodeAt(++position));
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

  /** Counts one occurrence of the feature with FNV-1a state `hash` in its group, and records, sums or attributes it. */
  private push(hash: number, unit: number, unitSpan: number, group: FeatureGroup): void {
    this.groupCounts[group]++;
    const bucket = finalizeHash(hash) & this.mask;
    const mode = this.mode;
    if (mode !== ExtractionMode.Record) {
      const weight = this.summedWeights[bucket];
      this.groupSums[group] += weight;
      if (mode === ExtractionMode.Attribute) {
        if (unitSpan === 1) this.unitSums[unit * 2 + group] += weight;
        else {
          this.unitSums[unit * 2 + group] += weight / 2;
          this.unitSums[(unit + 1) * 2 + group] += weight / 2;
        }
      }
      return;
    }
    if (this.count === this.buckets.length) {
      this.buckets = grown(this.buckets);
      this.units = grown(this.units);
      this.unitSpans = grown(this.unitSpans);
      this.groups = grown(this.groups);
    }
    const index = this.count++;
    this.buckets[index] = bucket;
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
    const shape = textShape(input.risk.original);
    dense[slot++] = shape.letters >= MIN_LETTERS_FOR_CAPS ? shape.capitals / shape.letters : 0;
    dense[slot++] = capped(shape.exclamations);
    dense[slot++] = capped(shape.questions);
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
  const { words, normalized, terms } = input.risk;
  const wordsUnder = (category: RiskCategory): number[] => {
    const findings = input.detectorFindings.filter((finding) => finding.category === category);
    if (findings.length === 0) return [];
    return words.flatMap((word, index) => {
      const start = normalized.starts[word.start];
      const end = normalized.ends[word.end - 1];
      return findings.some((finding) => finding.start < end && start < finding.end) ? [index] : [];
    });
  };
  const behind: number[][] = DENSE_FEATURE_NAMES.map(() => []);
  let slot = 0;
  for (const category of DETECTOR_CATEGORIES) behind[slot++] = wordsUnder(category);
  for (const list of TERM_LISTS)
    behind[slot++] = terms.filter((term) => isCounted(term, list)).map((term) => term.wordIndex);
  return behind;
}

function isCounted(term: TermHit, list: string): boolean {
  return term.list === list && !UNCOUNTED_TERM_KINDS.has(term.kind);
}

/** Whether a word is an @mention (the normalizer keeps an @ that is not between letters). */
function isMention(text: string, word: WordToken): boolean {
  return word.start > 0 && text.charCodeAt(word.start - 1) === AT_SIGN;
}

function detectorScore(findings: readonly RiskFinding[], category: RiskCategory): number {
  let scores: number[] | undefined;
  for (const finding of findings) if (finding.category === category) (scores ??= []).push(finding.score);
  return scores === undefined ? 0 : combineScores(scores);
}

function capped(count: number): number {
  return Math.min(count, MAX_COUNTED) / MAX_COUNTED;
}

interface TextShape {
  letters: number;
  capitals: number;
  exclamations: number;
  questions: number;
}

const LETTER = 1;
const CAPITAL = 2;
const EXCLAMATION = 4;
const QUESTION = 8;

/** Class bits of the characters up to Latin Extended-A: letters (Latin-1 and Extended-A without × and ÷), capitals, ! and ?. */
const CHARACTER_CLASSES = (() => {
  const classes = new Uint8Array(0x180);
  for (let code = 0; code < classes.length; code++) {
    const isAsciiCapital = code >= 0x41 && code <= 0x5a;
    const isAsciiSmall = code >= 0x61 && code <= 0x7a;
    const isLatin = code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
    // Latin-1 capitals are À…Þ; in Extended-A capitals take the even code points (Ā ā Ă ă …), close enough for a share.
    const isLatinCapital = isLatin && (code <= 0xde || (code >= 0x100 && code % 2 === 0));
    if (isAsciiCapital || isAsciiSmall || isLatin) classes[code] |= LETTER;
    if (isAsciiCapital || isLatinCapital) classes[code] |= CAPITAL;
  }
  classes[0x21] = EXCLAMATION;
  classes[0x3f] = QUESTION;
  return classes;
})();

function textShape(original: string): TextShape {
  let letters = 0;
  let capitals = 0;
  let exclamations = 0;
  let questions = 0;
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (code >= CHARACTER_CLASSES.length) continue;
    const classes = CHARACTER_CLASSES[code];
    letters += classes & LETTER;
    capitals += (classes & CAPITAL) >> 1;
    exclamations += (classes & EXCLAMATION) >> 2;
    questions += (classes & QUESTION) >> 3;
  }
  return { letters, capitals, exclamations, questions };
}
