import type { ModelQuality } from '@tenor/contracts';
import { areaUnderCurve, binaryReport, confusionOf } from './evaluation-metrics';
import { finalizeHash, FNV_OFFSET_BASIS, hashRange } from './feature-hashing';
import { analyseOffenseText } from './offense-input';
import { OffenseClassifier, OffenseModel } from './offense-model';
import { ContinueTrainingOptions, continueTraining, OffenseExample } from './offense-training';

/** A moderator's decision as an example: its id (the comment's) decides whether it is held back. */
export interface DecidedOffenseExample extends OffenseExample {
  readonly id: string;
}

/** How retraining on decisions runs. */
export interface RetrainingOptions {
  /** The share of each class held back to measure the models on; default DEFAULT_HELD_BACK_SHARE. */
  readonly heldBackShare?: number;
  readonly training?: ContinueTrainingOptions;
}

/** A model continued on decisions, and both models' quality on the decisions it did not see. */
export interface RetrainingResult {
  readonly model: OffenseModel;
  /** Decisions it was trained on. */
  readonly trainedOn: number;
  /** The base model's quality on the held-back decisions; null when none were held back. */
  readonly before: ModelQuality | null;
  /** The new model's quality on the same decisions; null when none were held back. */
  readonly after: ModelQuality | null;
}

/** Team choice: a fifth of each class is held back, the usual 80/20 split, enough to see a change on a few hundred. */
export const DEFAULT_HELD_BACK_SHARE = 0.2;

/**
 * Splits decisions into training and held-back parts, deterministically: within each class the examples are ordered
 * by a hash of their id and the first `share` (at least one, when the class has two or more) are held back. The same
 * decisions always split alike, and an example keeps its side while others are added unless it is near the cut.
 */
export function splitHeldBack<T extends DecidedOffenseExample>(
  examples: readonly T[],
  share: number = DEFAULT_HELD_BACK_SHARE,
): { training: T[]; heldBack: T[] } {
  if (!(share >= 0 && share < 1)) throw new RangeError(`heldBackShare must be in [0, 1), got ${share}`);
  const heldBack = new Set<T>();
  for (const isOffense of [true, false]) {
    const members = examples
      .filter((example) => example.isOffense === isOffense)
      .map((example) => ({ example, hash: idHash(example.id) }))
      .sort(
        (a, b) => a.hash - b.hash || (a.example.id < b.example.id ? -1 : a.example.id > b.example.id ? 1 : 0),
      );
    const count = members.length < 2 ? 0 : Math.max(1, Math.round(members.length * share));
    for (const { example } of members.slice(0, count)) heldBack.add(example);
  }
  return {
    training: examples.filter((example) => !heldBack.has(example)),
    heldBack: examples.filter((example) => heldBack.has(example)),
  };
}

/**
 * A model's quality on labelled comments: macro-F1 of the decision the scorer makes with it ("the detectors flag it
 * or the model's probability reaches its threshold"), and the AUC of its probability (null without both classes).
 */
export function offenseModelQuality(model: OffenseModel, examples: readonly OffenseExample[]): ModelQuality {
  return qualitiesOnHeldBack([model], examples)[0];
}

/**
 * Continues training `base` on the training part of the decisions (see splitHeldBack and continueTraining) and
 * measures the base and the new model on the held-back part. Deterministic: the same inputs give the same model.
 */
export function retrainOnDecisions(
  base: OffenseModel,
  decisions: readonly DecidedOffenseExample[],
  options: RetrainingOptions = {},
): RetrainingResult {
  const { training, heldBack } = splitHeldBack(decisions, options.heldBackShare);
  if (training.length === 0) throw new RangeError('retraining needs at least one decision to train on');
  const model = continueTraining(base, training, options.training);
  const [before, after] = heldBack.length === 0 ? [null, null] : qualitiesOnHeldBack([base, model], heldBack);
  return { model, trainedOn: training.length, before, after };
}

/** Each model's quality on the same examples, each text read once. */
function qualitiesOnHeldBack(
  models: readonly OffenseModel[],
  examples: readonly OffenseExample[],
): ModelQuality[] {
  const analysed = examples.map((example) => analyseOffenseText(example.text));
  const labels = examples.map((example) => example.isOffense);
  return models.map((model) => {
    const classifier = new OffenseClassifier(model);
    const probabilities = analysed.map(({ input }) => classifier.probability(input));
    const decisions = probabilities.map(
      (probability, index) => analysed[index].isDetectorFlagged || probability >= model.threshold,
    );
    const auc = areaUnderCurve(probabilities, labels);
    return {
      examples: examples.length,
      macroF1: binaryReport(confusionOf(decisions, labels)).macroF1,
      auc: Number.isNaN(auc) ? null : auc,
    };
  });
}

/** A well-mixed 32-bit hash of an example id. */
function idHash(id: string): number {
  return finalizeHash(hashRange(FNV_OFFSET_BASIS, id, 0, id.length));
}
