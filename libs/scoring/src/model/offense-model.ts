import {
  DENSE_FEATURE_NAMES,
  wordsBehindDenseFeatures,
  OffenseFeatureConfig,
  OffenseFeatureExtractor,
  OffenseFeatureInput,
} from './offense-features';
import { ArraySlab } from '../array-slab';
import { quantizeBucketWeights } from './model-serialization';

/**
 * A logistic-regression offense model over the features of offense-features.ts: P(offense) = σ(bias + w·x). The
 * bucket weights are kept as trained; the classifier and the file use them quantized (quantizeBucketWeights).
 */
export interface OffenseModel {
  readonly config: OffenseFeatureConfig;
  /** The dense features the weights were trained on, in order (must equal DENSE_FEATURE_NAMES to be used). */
  readonly denseFeatureNames: readonly string[];
  /** One weight per hashed bucket. */
  readonly bucketWeights: Float32Array;
  /** One weight per dense feature. */
  readonly denseWeights: Float32Array;
  readonly bias: number;
  /** The probability from which the model flags a comment, chosen by cross-validation for macro-F1. */
  readonly threshold: number;
  /** The L2 strength it was trained with; continued training pulls toward the old weights this strongly by default. */
  readonly regularization: number;
}

/** Quantized bucket weights per model, shared by its classifiers (models are never changed once made). */
const quantizedByModel = new WeakMap<OffenseModel, { quantized: Int16Array; scaleExponent: number }>();

function quantizedWeightsOf(model: OffenseModel): { quantized: Int16Array; scaleExponent: number } {
  let weights = quantizedByModel.get(model);
  if (weights === undefined) {
    weights = quantizeBucketWeights(model.bucketWeights);
    quantizedByModel.set(model, weights);
  }
  return weights;
}

/**
 * Lets the classifiers of a model read from its file use the file's 16-bit bucket weights instead of quantizing the
 * model's again, when those are what quantizeBucketWeights would give: the model's weights were made from them
 * (readOffenseModelFile) and the exponent is the one their largest magnitude calls for, which it is for every file
 * serializeOffenseModel writes (its largest stored weight has at least 2^14).
 */
export function shareStoredBucketWeights(
  model: OffenseModel,
  quantized: Int16Array,
  scaleExponent: number,
): void {
  let largest = 0;
  for (let bucket = 0; bucket < quantized.length; bucket++)
    largest = Math.max(largest, Math.abs(quantized[bucket]));
  const isCanonical = largest === 0 ? scaleExponent === 0 : largest >= MIN_LARGEST_QUANTIZED;
  if (isCanonical && !quantizedByModel.has(model)) quantizedByModel.set(model, { quantized, scaleExponent });
}

/** quantizeBucketWeights scales the largest weight to between 2^14 and 2^15 − 1. */
const MIN_LARGEST_QUANTIZED = 1 << 14;

/** Where the unit contributions' arrays live. */
const contributionSlab = new ArraySlab();

/** Logistic function. */
export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/** Scores comments with an offense model, reusing one feature buffer; build one per model and thread. */
export class OffenseClassifier {
  private readonly extractor: OffenseFeatureExtractor;
  /** The bucket weights as the file stores them: 16-bit integers times bucketScale. */
  private readonly quantizedWeights: Int16Array;
  private readonly bucketScale: number;
  /** The input the extractor's buffers hold the attributed weights of. */
  private attributedInput: OffenseFeatureInput | undefined;

  constructor(readonly model: OffenseModel) {
    if (model.denseFeatureNames.join() !== DENSE_FEATURE_NAMES.join()) {
      throw new RangeError(
        `offense model expects dense features [${model.denseFeatureNames.join(', ')}], the code has [${DENSE_FEATURE_NAMES.join(', ')}]; retrain it (npm run train)`,
      );
    }
    if (model.bucketWeights.length !== 1 << model.config.hashBits) {
      throw new RangeError(
        `offense model has ${model.bucketWeights.length} bucket weights for ${model.config.hashBits} hash bits`,
      );
    }
    this.extractor = new OffenseFeatureExtractor(model.config);
    const { quantized, scaleExponent } = quantizedWeightsOf(model);
    this.quantizedWeights = quantized;
    this.bucketScale = 2 ** scaleExponent;
  }

  /** P(offense) for one comment. */
  probability(input: OffenseFeatureInput): number {
    return sigmoid(this.logit(input));
  }

  /**
   * bias + w·x for one comment. The one pass over the comment also attributes the weights to its words, so
   * unitContributions of the same input right after costs no second pass.
   */
  logit(input: OffenseFeatureInput): number {
    const extractor = this.extractor;
    this.attribute(input);
    const { groupSums, groupValues, dense } = extractor;
    let logit =
      this.model.bias + (groupSums[0] * groupValues[0] + groupSums[1] * groupValues[1]) * this.bucketScale;
    const denseWeights = this.model.denseWeights;
    for (let index = 0; index < dense.length; index++) logit += dense[index] * denseWeights[index];
    return logit;
  }

  /**
   * How much each unit of the comment (its words, then the symbols between them) adds to the logit, with the units'
   * spans in the normalized text: a word's word and character n-grams, bigrams split between their two words, and the
   * share of detector scores and word-list counts due to it (wordsBehindDenseFeatures). Tone and punctuation features
   * belong to no unit and are left out.
   */
  unitContributions(input: OffenseFeatureInput): UnitContributions {
    const extractor = this.extractor;
    if (this.attributedInput !== input) this.attribute(input);
    const { words } = input.risk;
    const { unitCount, unitSums, groupValues, symbolCount, symbolStarts, symbolEnds } = extractor;
    // The three arrays share one reservation in a slab (see ArraySlab), zero-filled like a new buffer.
    const buffer = contributionSlab.reserve(unitCount * 16);
    const base = contributionSlab.offset;
    const contributions = new Float64Array(buffer, base, unitCount);
    const starts = new Int32Array(buffer, base + unitCount * 8, unitCount);
    const ends = new Int32Array(buffer, base + unitCount * 12, unitCount);
    for (let index = 0; index < words.length; index++) {
      starts[index] = words[index].start;
      ends[index] = words[index].end;
    }
    for (let symbol = 0; symbol < symbolCount; symbol++) {
      starts[words.length + symbol] = symbolStarts[symbol];
      ends[words.length + symbol] = symbolEnds[symbol];
    }
    const wordScale = groupValues[0] * this.bucketScale;
    const characterScale = groupValues[1] * this.bucketScale;
    for (let unit = 0; unit < unitCount; unit++)
      contributions[unit] = unitSums[unit * 2] * wordScale + unitSums[unit * 2 + 1] * characterScale;
    const behindSlots = wordsBehindDenseFeatures(input);
    for (let slot = 0; slot < behindSlots.length; slot++) {
      const behind = behindSlots[slot];
      const share = (extractor.dense[slot] * this.model.denseWeights[slot]) / behind.length;
      for (let index = 0; index < behind.length; index++) contributions[behind[index]] += share;
    }
    return { contributions, starts, ends };
  }

  private attribute(input: OffenseFeatureInput): void {
    this.extractor.attributeWeights(input, this.quantizedWeights);
    this.attributedInput = input;
  }
}

/** What each unit of a comment (word or symbol) adds to the model's logit, and where it is in the normalized text. */
export interface UnitContributions {
  readonly contributions: Float64Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}
