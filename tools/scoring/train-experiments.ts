/**
 * Compares offense-model variants by 5-fold cross-validation on the GermEval 2018 training file: features (n-gram
 * ranges, bigrams, hash size, dense features), L2 strength, class weighting, naive-Bayes scaling. For each it prints the
 * out-of-fold AUC and macro-F1 of the model alone and of "detectors or model", with the threshold chosen on the
 * training folds only (nested cross-validation), so the figures are honest. From the repository root:
 *   npx ts-node --transpile-only --project tools/scoring/tsconfig.json tools/scoring/train-experiments.ts [--file training.txt] [--only part-of-name] [--names a|b] [--part k/n] [--quick]
 */
import { performance } from 'node:perf_hooks';
import {
  areaUnderCurve,
  bestMacroF1Threshold,
  binaryReport,
  confusionOf,
  stratifiedFolds,
} from '../../libs/scoring/src/model/evaluation-metrics';
import { DENSE_FEATURE_NAMES, OffenseFeatureConfig } from '../../libs/scoring/src/model/offense-features';
import { sigmoid } from '../../libs/scoring/src/model/offense-model';
import {
  crossValidatedThreshold,
  DEFAULT_OFFENSE_TRAINING_OPTIONS,
  logitOf,
  offenseTrainingRows,
  OffenseTrainingOptions,
  OffenseTrainingRow,
  trainOffenseModelOnRows,
} from '../../libs/scoring/src/model/offense-training';
import { argumentValue, DEFAULT_GERMEVAL_TRAINING_PATH, readGermEvalFile } from './train-data';

/** Outer folds of the comparison, and their seed (different from the training's inner seed). */
const FOLDS = 5;
const OUTER_SEED = 7;

interface Variant {
  readonly name: string;
  readonly options: OffenseTrainingOptions;
  /** Whether the dense features (detectors, tone, text shape) are left out. */
  readonly isWithoutDense?: boolean;
  /** Dense features left out by name. */
  readonly withoutDense?: readonly string[];
}

const shipped = DEFAULT_OFFENSE_TRAINING_OPTIONS;
/** The starting point: plain L2 logistic regression (λ 1) over word 1-2-grams and character 3-5-grams. */
const lr: OffenseTrainingOptions = {
  ...shipped,
  features: { ...shipped.features, charNgramMin: 3, charNgramMax: 5, hasSymbolFeatures: false },
  regularization: 1,
  naiveBayesSmoothing: 0,
};
const nb: OffenseTrainingOptions = { ...lr, naiveBayesSmoothing: 1 };
const tuned: OffenseTrainingOptions = { ...nb, naiveBayesSmoothing: 0.5, regularization: 0.1 };
const features = (
  options: OffenseTrainingOptions,
  changes: Partial<OffenseFeatureConfig>,
): OffenseTrainingOptions => ({
  ...options,
  features: { ...options.features, ...changes },
});
const VARIANTS: Variant[] = [
  // Round 1: logistic regression, λ 1.
  {
    name: 'LR plain: no dense, unbalanced',
    options: { ...lr, isClassBalanced: false },
    isWithoutDense: true,
  },
  { name: 'LR: no dense features', options: lr, isWithoutDense: true },
  { name: 'LR: + dense features', options: lr },
  { name: 'LR: unbalanced classes', options: { ...lr, isClassBalanced: false } },
  { name: 'LR: lambda 0.3', options: { ...lr, regularization: 0.3 } },
  { name: 'LR: lambda 3', options: { ...lr, regularization: 3 } },
  { name: 'LR: no word bigrams', options: features(lr, { hasWordBigrams: false }) },
  { name: 'LR: hash 2^16', options: features(lr, { hashBits: 16 }) },
  { name: 'LR: hash 2^20', options: features(lr, { hashBits: 20 }) },
  { name: 'LR: NB scaling (alpha 1)', options: nb },
  // Round 2: naive-Bayes scaling, grid over smoothing and λ.
  ...[0.25, 0.5, 1].flatMap((alpha) =>
    [0.3, 0.1, 0.03].map((lambda) => ({
      name: `NB grid: alpha ${alpha}, lambda ${lambda}`,
      options: { ...nb, naiveBayesSmoothing: alpha, regularization: lambda },
    })),
  ),
  { name: 'NB tuned (alpha 0.5, lambda 0.1): unbalanced', options: { ...tuned, isClassBalanced: false } },
  { name: 'NB tuned: no dense', options: tuned, isWithoutDense: true },
  // Round 3: features on the tuned setting.
  { name: 'NB tuned: + symbols', options: features(tuned, { hasSymbolFeatures: true }) },
  { name: 'shipped: NB tuned + symbols, chars 4-5', options: shipped },
  { name: 'shipped, chars 3-4', options: features(shipped, { charNgramMin: 3, charNgramMax: 4 }) },
  { name: 'shipped, chars 2-6', options: features(shipped, { charNgramMin: 2, charNgramMax: 6 }) },
  { name: 'shipped, no bigrams', options: features(shipped, { hasWordBigrams: false }) },
  { name: 'shipped, hash 2^17', options: features(shipped, { hashBits: 17 }) },
  { name: 'shipped, hash 2^19', options: features(shipped, { hashBits: 19 }) },
  { name: 'shipped, no dense', options: shipped, isWithoutDense: true },
  {
    name: 'shipped, no detector scores',
    options: shipped,
    withoutDense: DENSE_FEATURE_NAMES.filter((name) => name.startsWith('detector.')),
  },
  {
    name: 'shipped, no tone',
    options: shipped,
    withoutDense: DENSE_FEATURE_NAMES.filter((name) => name.startsWith('tone.')),
  },
  { name: 'shipped, 5 bags', options: { ...shipped, bags: 5 } },
];

const path = argumentValue('file') ?? DEFAULT_GERMEVAL_TRAINING_PATH;
const only = argumentValue('only');
/** `--names a|b` runs exactly the variants named. */
const names = argumentValue('names')?.split('|');
/** `--part k/n` runs every n-th variant from the k-th (to spread variants over processes). */
const [part, parts] = (argumentValue('part') ?? '0/1').split('/').map(Number);
/** `--quick` picks thresholds on the pooled out-of-fold probabilities instead of nested folds: 11× faster, slightly optimistic. */
const isQuick = process.argv.includes('--quick');
const examples = readGermEvalFile(path);
const labels = examples.map((example) => example.isOffense);
const outerFolds = stratifiedFolds(labels, FOLDS, OUTER_SEED);
const rowsByFeatures = new Map<string, OffenseTrainingRow[]>();
console.log(
  `${path}: ${examples.length} examples, ${labels.filter(Boolean).length} OFFENSE; ${FOLDS}-fold CV, ${isQuick ? 'threshold on pooled out-of-fold probabilities (optimistic)' : 'nested threshold'}`,
);

for (const [position, variant] of VARIANTS.entries()) {
  if (only !== undefined && !variant.name.includes(only)) continue;
  if (names !== undefined && !names.includes(variant.name)) continue;
  if (position % parts !== part) continue;
  const started = performance.now();
  const rows = rowsFor(variant);
  const probabilities = new Array<number>(rows.length).fill(0);
  const modelFlags = new Array<boolean>(rows.length).fill(false);
  const combinedFlags = new Array<boolean>(rows.length).fill(false);
  /** Each example's logit share from its n-grams and symbols (what the evidence spans show). */
  const textLogits = new Array<number>(rows.length).fill(0);
  for (const fold of outerFolds) {
    const held = new Set(fold);
    const training = rows.filter((_, index) => !held.has(index));
    const model = trainOffenseModelOnRows(training, { ...variant.options, thresholdFolds: 0 });
    const modelOnly = isQuick
      ? { threshold: 0 }
      : crossValidatedThreshold(
          training.map((row) => ({ ...row, isDetectorFlagged: false })),
          variant.options,
        );
    const combined = isQuick ? { threshold: 0 } : crossValidatedThreshold(training, variant.options);
    const weights = new Float64Array(model.bucketWeights.length + model.denseWeights.length);
    weights.set(model.bucketWeights);
    weights.set(model.denseWeights, model.bucketWeights.length);
    for (const index of fold) {
      const probability = sigmoid(logitOf(rows[index], weights, model.bias));
      probabilities[index] = probability;
      const row = rows[index];
      for (
        let entry = 0;
        entry < row.indices.length && row.indices[entry] < model.bucketWeights.length;
        entry++
      )
        textLogits[index] += weights[row.indices[entry]] * row.values[entry];
      modelFlags[index] = probability >= modelOnly.threshold;
      combinedFlags[index] = rows[index].isDetectorFlagged || probability >= combined.threshold;
    }
  }
  if (isQuick) {
    const modelBest = bestMacroF1Threshold(probabilities, labels).threshold;
    const combinedBest = bestMacroF1Threshold(
      probabilities,
      labels,
      rows.map((row) => row.isDetectorFlagged),
    ).threshold;
    probabilities.forEach((probability, index) => {
      modelFlags[index] = probability >= modelBest;
      combinedFlags[index] = rows[index].isDetectorFlagged || probability >= combinedBest;
    });
  }
  const modelReport = binaryReport(confusionOf(modelFlags, labels));
  const combinedReport = binaryReport(confusionOf(combinedFlags, labels));
  const atHalf = binaryReport(
    confusionOf(
      probabilities.map((p) => p >= 0.5),
      labels,
    ),
  );
  // Gate: the model may flag only when its text evidence (n-grams, symbols) leans toward offense.
  const gated = probabilities.map((probability, index) => (textLogits[index] > 0 ? probability : 0));
  const gatedBest = bestMacroF1Threshold(
    gated,
    labels,
    rows.map((row) => row.isDetectorFlagged),
  );
  console.log(
    `${variant.name.padEnd(52)} AUC ${areaUnderCurve(probabilities, labels).toFixed(4)}  model@0.5 ${pct(atHalf.macroF1)}  model ${pct(modelReport.macroF1)}  detectors|model ${pct(combinedReport.macroF1)} (GermEval ${pct(combinedReport.germEvalF1)})  gated (pooled) ${pct(gatedBest.macroF1)}  ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

function rowsFor(variant: Variant): OffenseTrainingRow[] {
  const key = JSON.stringify(variant.options.features);
  let rows = rowsByFeatures.get(key);
  if (rows === undefined) {
    rows = offenseTrainingRows(examples, variant.options.features);
    rowsByFeatures.set(key, rows);
  }
  if (!variant.isWithoutDense && variant.withoutDense === undefined) return rows;
  const bucketCount = 1 << variant.options.features.hashBits;
  const dropped = new Set(
    variant.isWithoutDense
      ? DENSE_FEATURE_NAMES.map((_, index) => bucketCount + index)
      : (variant.withoutDense ?? []).map((name) => bucketCount + DENSE_FEATURE_NAMES.indexOf(name)),
  );
  return rows.map((row) => {
    const kept = Array.from(row.indices.keys()).filter((entry) => !dropped.has(row.indices[entry]));
    return {
      ...row,
      indices: Int32Array.from(kept, (entry) => row.indices[entry]),
      values: Float64Array.from(kept, (entry) => row.values[entry]),
    };
  });
}

function pct(value: number): string {
  return (value * 100).toFixed(2);
}
