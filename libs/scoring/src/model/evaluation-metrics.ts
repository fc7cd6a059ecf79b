import { createSeededRandom } from './feature-hashing';

/** Counts of a binary decision against gold labels. */
export interface Confusion {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
}

/** Precision, recall and F1 of one class. */
export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** How many gold examples the class has. */
  readonly support: number;
}

/** Both classes' scores and their averages. */
export interface BinaryReport {
  readonly positive: ClassScores;
  readonly negative: ClassScores;
  /** Mean of the two classes' F1. */
  readonly macroF1: number;
  /** GermEval 2018's official figure: the harmonic mean of macro-precision and macro-recall. */
  readonly germEvalF1: number;
  readonly accuracy: number;
}

/** Counts decisions against labels (true = positive class). */
export function confusionOf(decisions: readonly boolean[], labels: readonly boolean[]): Confusion {
  if (decisions.length !== labels.length) throw new RangeError('decisions and labels differ in length');
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (let index = 0; index < labels.length; index++) {
    if (decisions[index]) {
      if (labels[index]) truePositives++;
      else falsePositives++;
    } else if (labels[index]) falseNegatives++;
    else trueNegatives++;
  }
  return { truePositives, falsePositives, falseNegatives, trueNegatives };
}

/** Precision, recall and F1 from counts; 0 where a ratio has nothing to divide by. */
export function classScores(
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): ClassScores {
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return {
    precision,
    recall,
    f1: harmonicMean(precision, recall),
    support: truePositives + falseNegatives,
  };
}

/** Per-class scores, macro-F1, the GermEval figure and accuracy of a confusion. */
export function binaryReport(confusion: Confusion): BinaryReport {
  const { truePositives, falsePositives, falseNegatives, trueNegatives } = confusion;
  const positive = classScores(truePositives, falsePositives, falseNegatives);
  const negative = classScores(trueNegatives, falseNegatives, falsePositives);
  const total = truePositives + falsePositives + falseNegatives + trueNegatives;
  return {
    positive,
    negative,
    macroF1: (positive.f1 + negative.f1) / 2,
    germEvalF1: harmonicMean(
      (positive.precision + negative.precision) / 2,
      (positive.recall + negative.recall) / 2,
    ),
    accuracy: ratio(truePositives + trueNegatives, total),
  };
}

/**
 * Area under the ROC curve: the chance that a random positive scores above a random negative, ties counting half
 * (the Mann–Whitney U statistic over average ranks). NaN when either class is missing.
 */
export function areaUnderCurve(scores: readonly number[], labels: readonly boolean[]): number {
  if (scores.length !== labels.length) throw new RangeError('scores and labels differ in length');
  const order = scores.map((_, index) => index).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let positiveRankSum = 0;
  let position = 0;
  while (position < order.length) {
    let tieEnd = position + 1;
    while (tieEnd < order.length && scores[order[tieEnd]] === scores[order[position]]) tieEnd++;
    const averageRank = (position + 1 + tieEnd) / 2;
    for (let index = position; index < tieEnd; index++) {
      if (labels[order[index]]) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    position = tieEnd;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Macro-F1 of labels against several classes (gold and predicted as class names). */
export function multiClassReport(
  predicted: readonly string[],
  gold: readonly string[],
  classes: readonly string[],
): { perClass: Record<string, ClassScores>; macroF1: number; accuracy: number } {
  if (predicted.length !== gold.length) throw new RangeError('predicted and gold differ in length');
  const perClass: Record<string, ClassScores> = {};
  for (const label of classes) {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (let index = 0; index < gold.length; index++) {
      if (predicted[index] === label && gold[index] === label) truePositives++;
      else if (predicted[index] === label) falsePositives++;
      else if (gold[index] === label) falseNegatives++;
    }
    perClass[label] = classScores(truePositives, falsePositives, falseNegatives);
  }
  const correct = gold.filter((label, index) => predicted[index] === label).length;
  return {
    perClass,
    macroF1: classes.reduce((sum, label) => sum + perClass[label].f1, 0) / classes.length,
    accuracy: ratio(correct, gold.length),
  };
}

/**
 * The probability threshold with the best macro-F1 for "flagged = isAlwaysFlagged or probability ≥ threshold":
 * every midpoint between neighbouring probabilities is tried. Ties keep the higher threshold (fewer flags).
 */
export function bestMacroF1Threshold(
  probabilities: readonly number[],
  labels: readonly boolean[],
  isAlwaysFlagged: readonly boolean[] = [],
): { threshold: number; macroF1: number } {
  const order = probabilities.map((_, index) => index).sort((a, b) => probabilities[b] - probabilities[a]);
  let truePositives = 0;
  let falsePositives = 0;
  let positives = 0;
  for (let index = 0; index < labels.length; index++) {
    if (labels[index]) positives++;
    if (isAlwaysFlagged[index]) {
      if (labels[index]) truePositives++;
      else falsePositives++;
    }
  }
  const total = labels.length;
  const macroF1At = (): number =>
    binaryReport({
      truePositives,
      falsePositives,
      falseNegatives: positives - truePositives,
      trueNegatives: total - positives - falsePositives,
    }).macroF1;
  let best = { threshold: 1, macroF1: macroF1At() };
  let position = 0;
  while (position < order.length) {
    const probability = probabilities[order[position]];
    while (position < order.length && probabilities[order[position]] === probability) {
      const index = order[position++];
      if (isAlwaysFlagged[index]) continue;
      if (labels[index]) truePositives++;
      else falsePositives++;
    }
    const next = position < order.length ? probabilities[order[position]] : 0;
    const macroF1 = macroF1At();
    if (macroF1 > best.macroF1) best = { threshold: (probability + next) / 2, macroF1 };
  }
  return best;
}

/** Splits indices 0..labels.length−1 into `foldCount` folds with both classes spread evenly; the same seed gives the same folds. */
export function stratifiedFolds(labels: readonly boolean[], foldCount: number, seed: number): number[][] {
  const random = createSeededRandom(seed);
  const folds: number[][] = Array.from({ length: foldCount }, () => []);
  let next = 0;
  for (const label of [true, false]) {
    const members = labels.flatMap((value, index) => (value === label ? [index] : []));
    for (let index = members.length - 1; index > 0; index--) {
      const swap = Math.floor(random() * (index + 1));
      [members[index], members[swap]] = [members[swap], members[index]];
    }
    for (const member of members) folds[next++ % foldCount].push(member);
  }
  return folds.map((fold) => fold.sort((a, b) => a - b));
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
