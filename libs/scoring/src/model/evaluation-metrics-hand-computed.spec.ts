import {
  areaUnderCurve,
  bestMacroF1Threshold,
  binaryReport,
  classScores,
  confusionOf,
  multiClassReport,
  stratifiedFolds,
} from './evaluation-metrics';

describe('evaluation metrics on hand-computed examples', () => {
  // 10 examples: 4 positive. Decisions: TP 3, FN 1, FP 2, TN 4.
  const labels = [true, true, true, true, false, false, false, false, false, false];
  const decisions = [true, true, true, false, true, true, false, false, false, false];

  it('counts the confusion', () => {
    expect(confusionOf(decisions, labels)).toEqual({
      truePositives: 3,
      falsePositives: 2,
      falseNegatives: 1,
      trueNegatives: 4,
    });
  });

  it('computes precision, recall and F1 per class, macro-F1, the GermEval figure and accuracy', () => {
    const report = binaryReport(confusionOf(decisions, labels));
    // positive: P = 3/5, R = 3/4, F1 = 2·0.6·0.75/1.35 = 2/3
    expect(report.positive.precision).toBeCloseTo(0.6, 12);
    expect(report.positive.recall).toBeCloseTo(0.75, 12);
    expect(report.positive.f1).toBeCloseTo(2 / 3, 12);
    expect(report.positive.support).toBe(4);
    // negative: P = 4/5, R = 4/6, F1 = 2·0.8·(2/3)/(0.8 + 2/3) = 8/11
    expect(report.negative.precision).toBeCloseTo(0.8, 12);
    expect(report.negative.recall).toBeCloseTo(2 / 3, 12);
    expect(report.negative.f1).toBeCloseTo(8 / 11, 12);
    expect(report.macroF1).toBeCloseTo((2 / 3 + 8 / 11) / 2, 12);
    // macro-P 0.7, macro-R (0.75 + 2/3)/2 = 17/24; harmonic mean 2·0.7·(17/24)/(0.7 + 17/24)
    expect(report.germEvalF1).toBeCloseTo((2 * 0.7 * (17 / 24)) / (0.7 + 17 / 24), 12);
    expect(report.accuracy).toBeCloseTo(0.7, 12);
  });

  it('gives 0, not NaN, where nothing was predicted or present', () => {
    expect(classScores(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(classScores(0, 0, 3)).toEqual({ precision: 0, recall: 0, f1: 0, support: 3 });
  });

  it('computes AUC as the share of positive-negative pairs in order, ties counting half', () => {
    expect(areaUnderCurve([0.9, 0.8, 0.3, 0.1], [true, true, false, false])).toBe(1);
    expect(areaUnderCurve([0.1, 0.2, 0.8, 0.9], [true, true, false, false])).toBe(0);
    // pairs (p, n): (0.8, 0.6) ✓, (0.8, 0.2) ✓, (0.4, 0.6) ✗, (0.4, 0.2) ✓ → 3/4
    expect(areaUnderCurve([0.8, 0.4, 0.6, 0.2], [true, true, false, false])).toBe(0.75);
    // one tie: (0.5, 0.5) counts ½, (0.5, 0.1) ✓ → 1.5/2
    expect(areaUnderCurve([0.5, 0.5, 0.1], [true, false, false])).toBe(0.75);
    expect(areaUnderCurve([0.5, 0.5], [true, true])).toBeNaN();
  });

  it('computes multi-class macro-F1 and accuracy', () => {
    const gold = ['negative', 'negative', 'neutral', 'positive'];
    const predicted = ['negative', 'neutral', 'neutral', 'negative'];
    const report = multiClassReport(predicted, gold, ['negative', 'neutral', 'positive']);
    // negative P 1/2 R 1/2 F1 1/2; neutral P 1/2 R 1 F1 2/3; positive 0
    expect(report.perClass['negative'].f1).toBeCloseTo(0.5, 12);
    expect(report.perClass['neutral'].f1).toBeCloseTo(2 / 3, 12);
    expect(report.perClass['positive'].f1).toBe(0);
    expect(report.macroF1).toBeCloseTo((0.5 + 2 / 3) / 3, 12);
    expect(report.accuracy).toBe(0.5);
  });

  it('finds the threshold with the best macro-F1, counting always-flagged examples as flagged', () => {
    const probabilities = [0.9, 0.8, 0.7, 0.6, 0.3, 0.2];
    const gold = [true, false, true, true, false, false];
    // Flagging the top four gives TP 3, FP 1, TN 2: positive F1 6/7, negative F1 4/5, the best cut (0.6 | 0.3).
    const best = bestMacroF1Threshold(probabilities, gold);
    expect(best.threshold).toBeCloseTo(0.45, 12);
    expect(best.macroF1).toBeCloseTo((6 / 7 + 0.8) / 2, 12);
    // The positive at 0.4 is flagged by the detectors anyway, so cutting at 0.75 is perfect.
    const withDetectors = bestMacroF1Threshold(
      [0.9, 0.6, 0.4, 0.1],
      [true, false, true, false],
      [false, false, true, false],
    );
    expect(withDetectors.threshold).toBeCloseTo(0.75, 12);
    expect(withDetectors.macroF1).toBe(1);
  });

  it('splits folds stratified, complete, disjoint and reproducible', () => {
    const many = Array.from({ length: 23 }, (_, index) => index % 3 === 0);
    const folds = stratifiedFolds(many, 5, 42);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(many.map((_, index) => index));
    for (const fold of folds) {
      const positives = fold.filter((index) => many[index]).length;
      expect(positives).toBeGreaterThanOrEqual(1);
      expect(positives).toBeLessThanOrEqual(2);
    }
    expect(stratifiedFolds(many, 5, 42)).toEqual(folds);
    expect(stratifiedFolds(many, 5, 43)).not.toEqual(folds);
  });
});
