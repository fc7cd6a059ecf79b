import { bestMacroF1Threshold, stratifiedFolds } from './evaluation-metrics';
import { createSeededRandom } from './feature-hashing';
import { fitLogistic, LogisticWeights, SparseRows } from './logistic-fit';
import { analyseOffenseText } from './offense-input';
import {
  DEFAULT_OFFENSE_FEATURE_CONFIG,
  DENSE_FEATURE_NAMES,
  OffenseFeatureConfig,
  OffenseFeatureExtractor,
} from './offense-features';
import { OffenseModel, sigmoid } from './offense-model';

/** One labelled comment. */
export interface OffenseExample {
  readonly text: string;
  readonly isOffense: boolean;
}

/** How to train the offense model; DEFAULT_OFFENSE_TRAINING_OPTIONS holds the values cross-validation chose. */
export interface OffenseTrainingOptions {
  readonly features: OffenseFeatureConfig;
  /** L2 strength λ against the summed loss (see logistic-fit.ts). */
  readonly regularization: number;
  /** Whether both classes weigh the same in the loss however many examples each has. */
  readonly isClassBalanced: boolean;
  /** Naive-Bayes scaling of the hashed features (NBSVM, Wang & Manning 2012) with this smoothing; 0 for none. */
  readonly naiveBayesSmoothing: number;
  /** Folds of the cross-validation that picks the threshold (≥ 2), or 0 for the fixed threshold 0.5. */
  readonly thresholdFolds: number;
  /** Bootstrap samples whose fits are averaged (bagging); 1 for a single fit on all rows. */
  readonly bags: number;
  /** Seed of the fold assignment and the bootstrap samples. */
  readonly seed: number;
  readonly maxIterations: number;
}

/** The training settings of the shipped model (chosen by 5-fold cross-validation, see tools/scoring/train-experiments.ts). */
export const DEFAULT_OFFENSE_TRAINING_OPTIONS: OffenseTrainingOptions = {
  features: DEFAULT_OFFENSE_FEATURE_CONFIG,
  regularization: 0.1,
  isClassBalanced: true,
  naiveBayesSmoothing: 0.5,
  thresholdFolds: 5,
  bags: 1,
  seed: 2018,
  maxIterations: 300,
};

/** Settings of continued training; unset ones come from the model. */
export interface ContinueTrainingOptions {
  /** How strongly the weights stay near the old model's (L2 toward them); default the model's regularization. */
  readonly priorStrength?: number;
  readonly isClassBalanced?: boolean;
  readonly maxIterations?: number;
}

/** An example as sorted feature indices (hashed buckets, then dense features) and values, with its labels. */
export interface OffenseTrainingRow {
  readonly indices: Int32Array;
  readonly values: Float64Array;
  readonly isOffense: boolean;
  /** Whether the detectors alone flag it; the threshold is chosen for "detectors or model". */
  readonly isDetectorFlagged: boolean;
}

/** L-BFGS stops when an iteration improves the objective by less than this share (the fit is then well inside CV noise). */
const RELATIVE_TOLERANCE = 1e-7;
/** Threshold when none is tuned: the even odds. */
const DEFAULT_THRESHOLD = 0.5;

/** Trains an offense model on labelled comments: deterministic, so the same examples and options give identical weights. */
export function trainOffenseModel(
  examples: readonly OffenseExample[],
  options: OffenseTrainingOptions = DEFAULT_OFFENSE_TRAINING_OPTIONS,
): OffenseModel {
  return trainOffenseModelOnRows(offenseTrainingRows(examples, options.features), options);
}

/** Reads comments into training rows once, so several trainings (cross-validation) can share them. */
export function offenseTrainingRows(
  examples: readonly OffenseExample[],
  config: OffenseFeatureConfig,
): OffenseTrainingRow[] {
  const extractor = new OffenseFeatureExtractor(config);
  return examples.map((example) => {
    const { input, isDetectorFlagged } = analyseOffenseText(example.text);
    extractor.extract(input);
    const values = new Map<number, number>();
    for (let index = 0; index < extractor.count; index++) {
      const bucket = extractor.buckets[index];
      values.set(bucket, (values.get(bucket) ?? 0) + extractor.valueOf(index));
    }
    extractor.dense.forEach((value, dense) => {
      if (value !== 0) values.set(extractor.bucketCount + dense, value);
    });
    const indices = Int32Array.from(values.keys()).sort();
    return {
      indices,
      values: Float64Array.from(indices, (feature) => values.get(feature) ?? 0),
      isOffense: example.isOffense,
      isDetectorFlagged,
    };
  });
}

/** Trains on prepared rows: the weights on all rows, the threshold by cross-validation on them. */
export function trainOffenseModelOnRows(
  rows: readonly OffenseTrainingRow[],
  options: OffenseTrainingOptions,
): OffenseModel {
  return trainOffenseModelWithCrossValidation(rows, options).model;
}

/** Out-of-fold results of the threshold search: each row's probability from a model trained without its fold. */
export interface OffenseCrossValidation {
  readonly threshold: number;
  /** Macro-F1 of "detectors or model ≥ threshold" on the out-of-fold probabilities. */
  readonly macroF1: number;
  readonly probabilities: readonly number[];
}

/** Trains on prepared rows and returns the cross-validation that chose the threshold too (undefined without folds). */
export function trainOffenseModelWithCrossValidation(
  rows: readonly OffenseTrainingRow[],
  options: OffenseTrainingOptions,
): { model: OffenseModel; crossValidation?: OffenseCrossValidation } {
  const fitted = fitRows(rows, options);
  const crossValidation = options.thresholdFolds >= 2 ? crossValidatedThreshold(rows, options) : undefined;
  const threshold = crossValidation?.threshold ?? DEFAULT_THRESHOLD;
  return {
    model: toModel(fitted.weights, fitted.bias, threshold, options.features, options.regularization),
    crossValidation,
  };
}

/** Out-of-fold probabilities of rows (each from a model trained on the other folds), and the best threshold on them. */
export function crossValidatedThreshold(
  rows: readonly OffenseTrainingRow[],
  options: OffenseTrainingOptions,
): OffenseCrossValidation {
  const labels = rows.map((row) => row.isOffense);
  const probabilities = new Array<number>(rows.length).fill(0);
  for (const fold of stratifiedFolds(labels, options.thresholdFolds, options.seed)) {
    const held = new Set(fold);
    const fitted = fitRows(
      rows.filter((_, index) => !held.has(index)),
      options,
    );
    for (const index of fold)
      probabilities[index] = sigmoid(logitOf(rows[index], fitted.weights, fitted.bias));
  }
  const best = bestMacroF1Threshold(
    probabilities,
    labels,
    rows.map((row) => row.isDetectorFlagged),
  );
  return { ...best, probabilities };
}

/**
 * Continues training a model on more examples (a site's own moderation decisions): the old weights are the start and
 * the prior, so the model moves toward the new labels as far as they insist and no further. Threshold and features stay.
 */
export function continueTraining(
  model: OffenseModel,
  moreExamples: readonly OffenseExample[],
  options: ContinueTrainingOptions = {},
): OffenseModel {
  const rows = offenseTrainingRows(moreExamples, model.config);
  const center = new Float64Array(model.bucketWeights.length + model.denseWeights.length);
  center.set(model.bucketWeights);
  center.set(model.denseWeights, model.bucketWeights.length);
  const fitted = fitLogistic(toSparseRows(rows, options.isClassBalanced ?? true), center.length, {
    regularization: options.priorStrength ?? model.regularization,
    center,
    initialBias: model.bias,
    maxIterations: options.maxIterations ?? DEFAULT_OFFENSE_TRAINING_OPTIONS.maxIterations,
    relativeTolerance: RELATIVE_TOLERANCE,
  });
  return toModel(fitted.weights, fitted.bias, model.threshold, model.config, model.regularization);
}

/** bias + w·x of a row. */
export function logitOf(row: OffenseTrainingRow, weights: ArrayLike<number>, bias: number): number {
  let logit = bias;
  for (let entry = 0; entry < row.indices.length; entry++)
    logit += weights[row.indices[entry]] * row.values[entry];
  return logit;
}

/** The fit on the rows, or with `bags` > 1 the average of fits on bootstrap samples (bagging; one linear model again). */
function fitRows(rows: readonly OffenseTrainingRow[], options: OffenseTrainingOptions): LogisticWeights {
  if (options.bags <= 1) return fitOnce(rows, options);
  const random = createSeededRandom(options.seed);
  const weights = new Float64Array((1 << options.features.hashBits) + DENSE_FEATURE_NAMES.length);
  let bias = 0;
  for (let bag = 0; bag < options.bags; bag++) {
    const sample = Array.from(rows, () => rows[Math.floor(random() * rows.length)]);
    const fitted = fitOnce(sample, options);
    for (let feature = 0; feature < weights.length; feature++)
      weights[feature] += fitted.weights[feature] / options.bags;
    bias += fitted.bias / options.bags;
  }
  return { weights, bias };
}

function fitOnce(rows: readonly OffenseTrainingRow[], options: OffenseTrainingOptions): LogisticWeights {
  const dimension = (1 << options.features.hashBits) + DENSE_FEATURE_NAMES.length;
  return fitLogistic(toSparseRows(rows, options.isClassBalanced), dimension, {
    regularization: options.regularization,
    featureScales:
      options.naiveBayesSmoothing > 0
        ? naiveBayesScales(rows, options.features.hashBits, options.naiveBayesSmoothing)
        : undefined,
    maxIterations: options.maxIterations,
    relativeTolerance: RELATIVE_TOLERANCE,
  });
}

function toSparseRows(rows: readonly OffenseTrainingRow[], isClassBalanced: boolean): SparseRows {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, index) => (offsets[index + 1] = offsets[index] + row.indices.length));
  const indices = new Int32Array(offsets[rows.length]);
  const values = new Float64Array(offsets[rows.length]);
  rows.forEach((row, index) => {
    indices.set(row.indices, offsets[index]);
    values.set(row.values, offsets[index]);
  });
  const positives = rows.filter((row) => row.isOffense).length;
  const negatives = rows.length - positives;
  const positiveWeight = isClassBalanced && positives > 0 ? rows.length / (2 * positives) : 1;
  const negativeWeight = isClassBalanced && negatives > 0 ? rows.length / (2 * negatives) : 1;
  return {
    offsets,
    indices,
    values,
    labels: Uint8Array.from(rows, (row) => (row.isOffense ? 1 : 0)),
    rowWeights: Float64Array.from(rows, (row) => (row.isOffense ? positiveWeight : negativeWeight)),
  };
}

/** NBSVM's log-count ratio per hashed bucket over binarized counts; dense features keep scale 1. */
function naiveBayesScales(
  rows: readonly OffenseTrainingRow[],
  hashBits: number,
  smoothing: number,
): Float64Array {
  const bucketCount = 1 << hashBits;
  const positive = new Float64Array(bucketCount).fill(smoothing);
  const negative = new Float64Array(bucketCount).fill(smoothing);
  for (const row of rows) {
    const counts = row.isOffense ? positive : negative;
    for (const feature of row.indices) if (feature < bucketCount) counts[feature] += 1;
  }
  const positiveTotal = positive.reduce((sum, count) => sum + count, 0);
  const negativeTotal = negative.reduce((sum, count) => sum + count, 0);
  const scales = new Float64Array(bucketCount + DENSE_FEATURE_NAMES.length).fill(1);
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    scales[bucket] = Math.log(positive[bucket] / positiveTotal / (negative[bucket] / negativeTotal));
  }
  return scales;
}

function toModel(
  weights: Float64Array,
  bias: number,
  threshold: number,
  config: OffenseFeatureConfig,
  regularization: number,
): OffenseModel {
  const bucketCount = 1 << config.hashBits;
  return {
    config,
    denseFeatureNames: [...DENSE_FEATURE_NAMES],
    bucketWeights: Float32Array.from(weights.subarray(0, bucketCount)),
    denseWeights: Float32Array.from(weights.subarray(bucketCount)),
    bias: Math.fround(bias),
    threshold,
    regularization,
  };
}
