/**
 * Sanity check of the risk rules on GermEval 2018 (tweets labelled OFFENSE or OTHER): precision and recall of
 * risk.flagged against OFFENSE, per-category flag rates, and sample misses. A sanity check, not a benchmark to tune on.
 * From the repository root:
 *   npx ts-node --transpile-only --project tools/scoring/tsconfig.json tools/scoring/germeval-sanity.ts [training.txt] [--examples]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScorer } from '../../libs/scoring/src/index';

/** How many false positives and false negatives --examples prints. */
const EXAMPLE_COUNT = 25;

const path =
  process.argv.slice(2).find((argument) => !argument.startsWith('--')) ??
  join(process.cwd(), '../shared/datasets/germeval2018/training.txt');
const showExamples = process.argv.includes('--examples');
const rows = readFileSync(path, 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter((fields) => fields.length >= 3)
  .map(([text, coarse, fine]) => ({ text, isOffense: coarse === 'OFFENSE', fine }));

const scorer = createScorer();
let truePositives = 0;
let falsePositives = 0;
let falseNegatives = 0;
let negativeTone = 0;
let negativeToneOther = 0;
const categoryFlags = new Map<string, { offense: number; other: number }>();
const falsePositiveExamples: string[] = [];
const falseNegativeExamples: string[] = [];
const fineRecall = new Map<string, { flagged: number; total: number }>();

for (const row of rows) {
  const result = scorer.score(row.text);
  const isFlagged = result.risk.flagged;
  if (isFlagged && row.isOffense) truePositives++;
  else if (isFlagged) falsePositives++;
  else if (row.isOffense) falseNegatives++;
  if (result.sentiment.label === 'negative') {
    if (row.isOffense) negativeTone++;
    else negativeToneOther++;
  }
  for (const [category, verdict] of Object.entries(result.risk.categories)) {
    if (!verdict.flagged) continue;
    const counts = categoryFlags.get(category) ?? { offense: 0, other: 0 };
    if (row.isOffense) counts.offense++;
    else counts.other++;
    categoryFlags.set(category, counts);
  }
  const fine = fineRecall.get(row.fine) ?? { flagged: 0, total: 0 };
  fine.total++;
  if (isFlagged) fine.flagged++;
  fineRecall.set(row.fine, fine);
  const evidence = Object.values(result.risk.categories).flatMap((verdict) =>
    verdict.flagged ? verdict.evidence : [],
  );
  if (isFlagged && !row.isOffense && falsePositiveExamples.length < EXAMPLE_COUNT) {
    falsePositiveExamples.push(
      `${row.text}\n    ← ${evidence.map((span) => `${span.rule}:"${span.text}"`).join(', ')}`,
    );
  }
  if (!isFlagged && row.isOffense && falseNegativeExamples.length < EXAMPLE_COUNT)
    falseNegativeExamples.push(`[${row.fine}] ${row.text}`);
}

const offenseCount = rows.filter((row) => row.isOffense).length;
const precision = truePositives / (truePositives + falsePositives);
const recall = truePositives / (truePositives + falseNegatives);
console.log(
  `GermEval 2018 training: ${rows.length} tweets, ${offenseCount} OFFENSE, ${rows.length - offenseCount} OTHER`,
);
console.log(
  `risk.flagged vs OFFENSE: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}`,
);
console.log(
  `  flagged ${truePositives + falsePositives} (true ${truePositives}, false ${falsePositives}); missed ${falseNegatives}`,
);
console.log(
  `  flag rate on OFFENSE ${(truePositives / offenseCount).toFixed(3)} vs OTHER ${(falsePositives / (rows.length - offenseCount)).toFixed(3)}`,
);
console.log(
  `negative tone: ${(negativeTone / offenseCount).toFixed(3)} of OFFENSE tweets, ${(negativeToneOther / (rows.length - offenseCount)).toFixed(3)} of OTHER tweets`,
);
for (const [category, counts] of [...categoryFlags].sort())
  console.log(`  ${category.padEnd(13)} flagged on OFFENSE ${counts.offense}, on OTHER ${counts.other}`);
for (const [fine, counts] of [...fineRecall].sort())
  console.log(`  fine label ${fine.padEnd(9)} flagged ${counts.flagged}/${counts.total}`);
if (showExamples) {
  console.log('\nfalse positives:\n  ' + falsePositiveExamples.join('\n  '));
  console.log('\nfalse negatives:\n  ' + falseNegativeExamples.join('\n  '));
}
