/**
 * Accuracy and 3-class macro-F1 of the German tone label on the hand-labelled gold set
 * (libs/scoring/data/eval/de-tone-gold.tsv), on the full set, the tuning two thirds and the held-out third, next to
 * vader-sentiment (its English lexicon, ±0.05) on the same German sentences; optionally the share of GermEval 2018
 * OFFENSE vs OTHER tweets labelled negative. Tone only: the German port with the default thresholds, and, as the scorer
 * routes it, vader-sentiment for text detected as English. From the repository root:
 *   npx ts-node --transpile-only --project tools/scoring/tsconfig.json tools/scoring/tone-gold-report.ts [--errors] [--germeval [training.txt]]
 * --errors lists the misclassified sentences of the tuning part only: the held-out third is never printed, so it stays
 * unseen while the rules are tuned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SentimentIntensityAnalyzer } from 'vader-sentiment';
import type { ToneLabel } from '@tenor/contracts';
import { detectLanguage } from '../../libs/scoring/src/language/detect-language';
import { scoreEnglishTone } from '../../libs/scoring/src/sentiment/english-tone';
import { scoreGermanTone } from '../../libs/scoring/src/sentiment/german-tone';
import { DEFAULT_TONE_THRESHOLDS, labelTone } from '../../libs/scoring/src/sentiment/tone-label';

const LABELS: readonly ToneLabel[] = ['negative', 'neutral', 'positive'];
/** Every HELD_OUT_EVERY-th data row (3rd, 6th …) is held out, as the gold file's header says. */
const HELD_OUT_EVERY = 3;

interface GoldRow {
  readonly label: ToneLabel;
  readonly text: string;
  readonly isHeldOut: boolean;
}

interface Prediction {
  readonly row: GoldRow;
  readonly label: ToneLabel;
  readonly compound: number;
}

const goldPath = join(__dirname, '../../libs/scoring/data/eval/de-tone-gold.tsv');
const rows = readGold(goldPath);
const systems: [string, (text: string) => { label: ToneLabel; compound: number }][] = [
  ['tenor (language de)', (text) => labelled(scoreGermanTone(text).compound)],
  ['tenor (language detected)', (text) => labelled(productTone(text))],
  ['vader-sentiment', (text) => labelled(SentimentIntensityAnalyzer.polarity_scores(text).compound)],
];

console.log(
  `gold: ${rows.length} sentences (${LABELS.map((label) => `${rows.filter((row) => row.label === label).length} ${label}`).join(', ')}); held out ${rows.filter((row) => row.isHeldOut).length}`,
);
const parts: [string, (row: GoldRow) => boolean][] = [
  ['full', () => true],
  ['tuning', (row) => !row.isHeldOut],
  ['held-out', (row) => row.isHeldOut],
];
const tenorPredictions: Prediction[] = [];
for (const [name, predict] of systems) {
  const predictions = rows.map((row) => ({ row, ...predict(row.text) }));
  if (tenorPredictions.length === 0) tenorPredictions.push(...predictions);
  console.log(`\n${name}`);
  for (const [part, isInPart] of parts) {
    const selected = predictions.filter((prediction) => isInPart(prediction.row));
    const { accuracy, macroF1, perClass } = evaluate(selected);
    console.log(
      `  ${part.padEnd(8)} n=${String(selected.length).padEnd(3)} accuracy ${accuracy.toFixed(3)}  macro-F1 ${macroF1.toFixed(3)}  (F1 ${LABELS.map((label, index) => `${label} ${perClass[index].toFixed(2)}`).join(', ')})`,
    );
  }
}
printConfusion(tenorPredictions.filter((prediction) => !prediction.row.isHeldOut));

if (process.argv.includes('--errors')) {
  console.log('\nmisclassified (tuning part only):');
  for (const prediction of tenorPredictions) {
    if (prediction.row.isHeldOut || prediction.label === prediction.row.label) continue;
    console.log(
      `  ${prediction.row.label.padEnd(8)} → ${prediction.label.padEnd(8)} ${prediction.compound.toFixed(3).padStart(6)}  ${prediction.row.text}`,
    );
  }
}

const germevalIndex = process.argv.indexOf('--germeval');
if (germevalIndex >= 0) {
  const argument = process.argv[germevalIndex + 1];
  const path =
    argument && !argument.startsWith('--')
      ? argument
      : join(process.cwd(), '../shared/datasets/germeval2018/training.txt');
  reportGermEval(path);
}

function labelled(compound: number): { label: ToneLabel; compound: number } {
  return { label: labelTone(compound, DEFAULT_TONE_THRESHOLDS), compound };
}

/** The tone compound as the scorer computes it: German port, or vader-sentiment for text detected as English. */
function productTone(text: string): number {
  return detectLanguage(text) === 'en' ? scoreEnglishTone(text).compound : scoreGermanTone(text).compound;
}

function readGold(path: string): GoldRow[] {
  const result: GoldRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [label, text] = line.split('\t');
    if (!(LABELS as readonly string[]).includes(label)) throw new Error(`bad label in: ${line}`);
    result.push({
      label: label as ToneLabel,
      text,
      isHeldOut: (result.length + 1) % HELD_OUT_EVERY === 0,
    });
  }
  return result;
}

function evaluate(predictions: readonly Prediction[]): {
  accuracy: number;
  macroF1: number;
  perClass: number[];
} {
  const correct = predictions.filter((prediction) => prediction.label === prediction.row.label).length;
  const perClass = LABELS.map((label) => {
    const truePositives = predictions.filter((p) => p.label === label && p.row.label === label).length;
    const predicted = predictions.filter((p) => p.label === label).length;
    const actual = predictions.filter((p) => p.row.label === label).length;
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = actual === 0 ? 0 : truePositives / actual;
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return {
    accuracy: correct / predictions.length,
    macroF1: perClass.reduce((sum, f1) => sum + f1, 0) / LABELS.length,
    perClass,
  };
}

function printConfusion(predictions: readonly Prediction[]): void {
  console.log('\ntenor (language de), tuning part: rows gold, columns predicted');
  console.log(`  ${''.padEnd(9)}${LABELS.map((label) => label.padStart(9)).join('')}`);
  for (const gold of LABELS) {
    const counts = LABELS.map(
      (predicted) => predictions.filter((p) => p.row.label === gold && p.label === predicted).length,
    );
    console.log(`  ${gold.padEnd(9)}${counts.map((count) => String(count).padStart(9)).join('')}`);
  }
}

/** GermEval 2018 is labelled for offence, not tone: a sanity check that negative tone separates OFFENSE from OTHER. */
function reportGermEval(path: string): void {
  const tweets = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((fields) => fields.length >= 3)
    .map(([text, coarse]) => ({ text: text.replace(/\|LBR\|/g, '\n'), isOffense: coarse === 'OFFENSE' }));
  const counts = { offense: 0, offenseNegative: 0, other: 0, otherNegative: 0, otherPositive: 0 };
  for (const tweet of tweets) {
    const { label } = labelled(productTone(tweet.text));
    if (tweet.isOffense) {
      counts.offense++;
      if (label === 'negative') counts.offenseNegative++;
    } else {
      counts.other++;
      if (label === 'negative') counts.otherNegative++;
      if (label === 'positive') counts.otherPositive++;
    }
  }
  console.log(
    `\nGermEval 2018 (${tweets.length} tweets): labelled negative ${(counts.offenseNegative / counts.offense).toFixed(3)} of OFFENSE, ${(counts.otherNegative / counts.other).toFixed(3)} of OTHER (positive ${(counts.otherPositive / counts.other).toFixed(3)} of OTHER)`,
  );
}
