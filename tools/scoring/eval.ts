/**
 * Accuracy of the scorer on labelled data, with vader-sentiment as the baseline, in one run:
 * - Risk flag against GermEval 2018 OFFENSE/OTHER: per-class precision, recall and F1, macro-F1 (and GermEval's own
 *   F1 of macro-precision and macro-recall), AUC of the risk score. Default: 5-fold cross-validation on the training
 *   file, the model trained on four folds and the fifth scored by the full scorer (detectors and model together).
 *   With --file (a held-out file in GermEval format) the committed model scores it.
 *   vader-sentiment: flag = compound ≤ −0.05, AUC on −compound.
 * - Tone against libs/scoring/data/eval/de-tone-gold.tsv (label TAB sentence): accuracy and 3-class macro-F1.
 * From the repository root:
 *   npm run eval [-- --file germeval2018.test.txt]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ToneLabel } from '@tenor/contracts';
import { SentimentIntensityAnalyzer } from 'vader-sentiment';
import { createScorer, Scorer } from '../../libs/scoring/src/index';
import {
  areaUnderCurve,
  BinaryReport,
  binaryReport,
  confusionOf,
  multiClassReport,
  stratifiedFolds,
} from '../../libs/scoring/src/model/evaluation-metrics';
import {
  DEFAULT_OFFENSE_TRAINING_OPTIONS,
  offenseTrainingRows,
  trainOffenseModelOnRows,
} from '../../libs/scoring/src/model/offense-training';
import { DEFAULT_TONE_THRESHOLDS, labelTone } from '../../libs/scoring/src/sentiment/tone-label';
import { argumentValue, DEFAULT_GERMEVAL_TRAINING_PATH, GermEvalRow, readGermEvalFile } from './train-data';

/** Folds of the default cross-validation and their seed (not the training's own seed, so the splits differ). */
const FOLDS = 5;
const EVALUATION_SEED = 20180921;
const TONE_GOLD_PATH = join(process.cwd(), 'libs/scoring/data/eval/de-tone-gold.tsv');
const MODEL_CARD_PATH = join(process.cwd(), 'libs/scoring/data/model/offense-model.json');
/** The tone labels (as @tenor/contracts' TONE_LABELS, which ts-node cannot load at run time through the path alias). */
const TONE_LABELS: readonly ToneLabel[] = ['negative', 'neutral', 'positive'];

/** One system's verdicts on every example. */
interface Verdicts {
  readonly flagged: boolean[];
  readonly scores: number[];
}

const heldOutPath = argumentValue('file');
const riskPath = heldOutPath ?? DEFAULT_GERMEVAL_TRAINING_PATH;
const examples = readGermEvalFile(riskPath);
const labels = examples.map((example) => example.isOffense);
const started = performance.now();
const tenor = emptyVerdicts(examples.length);
const detectorsOnly = emptyVerdicts(examples.length);
const vader = emptyVerdicts(examples.length);
const foldOf = new Array<number>(examples.length).fill(0);

console.log(
  `Risk flag vs GermEval 2018 OFFENSE: ${relative(process.cwd(), riskPath)}, ${examples.length} tweets, ${labels.filter(Boolean).length} OFFENSE`,
);
if (heldOutPath === undefined) {
  console.log(
    `  ${FOLDS}-fold cross-validation: the model is trained on 4 folds, the full scorer scores the 5th`,
  );
  const rows = offenseTrainingRows(examples, DEFAULT_OFFENSE_TRAINING_OPTIONS.features);
  stratifiedFolds(labels, FOLDS, EVALUATION_SEED).forEach((fold, foldIndex) => {
    const held = new Set(fold);
    const model = trainOffenseModelOnRows(
      rows.filter((_, index) => !held.has(index)),
      DEFAULT_OFFENSE_TRAINING_OPTIONS,
    );
    const scorer = createScorer({ offenseModel: model });
    for (const index of fold) {
      foldOf[index] = foldIndex;
      record(tenor, index, scorer, examples[index]);
    }
  });
} else {
  warnWhenTrainingFile(riskPath);
  console.log('  scored with the committed model');
  const scorer = createScorer();
  examples.forEach((example, index) => record(tenor, index, scorer, example));
}
const detectorScorer = createScorer({ offenseModel: null });
examples.forEach((example, index) => {
  record(detectorsOnly, index, detectorScorer, example);
  const compound = SentimentIntensityAnalyzer.polarity_scores(example.text).compound;
  vader.flagged[index] = compound <= DEFAULT_TONE_THRESHOLDS.negative;
  vader.scores[index] = -compound;
});

console.log(
  `  ${'system'.padEnd(28)} ${'macro-F1'.padStart(8)} ${'GermEval'.padStart(8)} ${'AUC'.padStart(6)}   OFFENSE P / R / F1     OTHER P / R / F1`,
);
printRisk('tenor (detectors + model)', tenor);
printRisk('tenor detectors only', detectorsOnly);
printRisk('vader-sentiment', vader);
if (heldOutPath === undefined) {
  for (const [name, verdicts] of [
    ['tenor (detectors + model)', tenor],
    ['vader-sentiment', vader],
  ] as const) {
    const perFold = Array.from({ length: FOLDS }, (_, fold) => {
      const members = examples.flatMap((_, index) => (foldOf[index] === fold ? [index] : []));
      return binaryReport(
        confusionOf(
          members.map((index) => verdicts.flagged[index]),
          members.map((index) => labels[index]),
        ),
      ).macroF1;
    });
    console.log(`  per-fold macro-F1, ${name}: ${perFold.map(percent).join(', ')}`);
  }
}
console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);

evaluateTone();

function emptyVerdicts(size: number): Verdicts {
  return { flagged: new Array<boolean>(size).fill(false), scores: new Array<number>(size).fill(0) };
}

function record(verdicts: Verdicts, index: number, scorer: Scorer, example: GermEvalRow): void {
  const { risk } = scorer.score(example.text);
  verdicts.flagged[index] = risk.flagged;
  verdicts.scores[index] = risk.score;
}

function printRisk(name: string, verdicts: Verdicts): void {
  const report: BinaryReport = binaryReport(confusionOf(verdicts.flagged, labels));
  const auc = areaUnderCurve(verdicts.scores, labels);
  const scores = (side: BinaryReport['positive']): string =>
    `${percent(side.precision)} / ${percent(side.recall)} / ${percent(side.f1)}`;
  console.log(
    `  ${name.padEnd(28)} ${percent(report.macroF1).padStart(8)} ${percent(report.germEvalF1).padStart(8)} ${auc.toFixed(3).padStart(6)}   ${scores(report.positive)}    ${scores(report.negative)}`,
  );
}

function evaluateTone(): void {
  console.log(`\nTone vs ${relative(process.cwd(), TONE_GOLD_PATH)}:`);
  if (!existsSync(TONE_GOLD_PATH)) {
    console.log(
      '  the tone gold set is missing (label<TAB>sentence, negative|neutral|positive); no tone figures.',
    );
    return;
  }
  const gold: { label: string; sentence: string }[] = [];
  readFileSync(TONE_GOLD_PATH, 'utf8')
    .split('\n')
    .forEach((line, lineIndex) => {
      const trimmed = line.replace(/\r$/, '');
      if (trimmed.trim() === '' || trimmed.startsWith('#')) return;
      const tab = trimmed.indexOf('\t');
      const label = trimmed.slice(0, tab);
      if (tab < 0 || !(TONE_LABELS as readonly string[]).includes(label)) {
        throw new Error(
          `${TONE_GOLD_PATH}:${lineIndex + 1}: expected negative|neutral|positive<TAB>sentence`,
        );
      }
      gold.push({ label, sentence: trimmed.slice(tab + 1) });
    });
  const scorer = createScorer({ offenseModel: null });
  const systems: [string, string[]][] = [
    ['tenor', gold.map(({ sentence }) => scorer.score(sentence).sentiment.label)],
    [
      'vader-sentiment',
      gold.map(({ sentence }) =>
        labelTone(SentimentIntensityAnalyzer.polarity_scores(sentence).compound, DEFAULT_TONE_THRESHOLDS),
      ),
    ],
  ];
  const goldLabels = gold.map(({ label }) => label);
  const counts = TONE_LABELS.map((label) => `${goldLabels.filter((gold) => gold === label).length} ${label}`);
  console.log(`  ${gold.length} sentences: ${counts.join(', ')}`);
  for (const [name, predicted] of systems) {
    const report = multiClassReport(predicted, goldLabels, TONE_LABELS);
    const perClass = TONE_LABELS.map((label) => `${label} F1 ${percent(report.perClass[label].f1)}`).join(
      ', ',
    );
    console.log(
      `  ${name.padEnd(16)} accuracy ${percent(report.accuracy)}, macro-F1 ${percent(report.macroF1)} (${perClass})`,
    );
  }
}

function warnWhenTrainingFile(path: string): void {
  if (!existsSync(MODEL_CARD_PATH)) return;
  const card = JSON.parse(readFileSync(MODEL_CARD_PATH, 'utf8')) as { data?: { sha256?: string } };
  const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (card.data?.sha256 === digest)
    console.log(
      '  WARNING: this is the file the committed model was trained on; these figures are not held-out.',
    );
}

function percent(value: number): string {
  return (value * 100).toFixed(2);
}
