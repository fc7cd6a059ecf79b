/**
 * Throughput of the Tenor scorer against vader-sentiment on German comments of about 300 characters, single thread.
 * From the repository root:
 *   npx ts-node --transpile-only --project tools/scoring/tsconfig.json tools/scoring/benchmark.ts [corpus.txt]
 * For a memory figure without the TypeScript compiler in the process, compile first and run with plain node:
 *   npx tsc -p tools/scoring/tsconfig.json --outDir /tmp/tenor-bench && NODE_PATH=node_modules node /tmp/tenor-bench/tools/scoring/benchmark.js
 * The corpus defaults to the GermEval 2018 training tweets (first column, ../shared/datasets), joined into ~300-character comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SentimentIntensityAnalyzer } from 'vader-sentiment';
import { createScorer } from '../../libs/scoring/src/index';

/** Target comment length in characters, the size the throughput requirement is stated for. */
const COMMENT_LENGTH = 300;
/** Warm-up and repeat passes; the JIT needs a few thousand calls to settle. */
const MEASURED_PASSES = 10;

const corpusPath = process.argv[2] ?? join(process.cwd(), '../shared/datasets/germeval2018/training.txt');
const comments = toComments(readFileSync(corpusPath, 'utf8'));
const averageLength = Math.round(
  comments.reduce((sum, comment) => sum + comment.length, 0) / comments.length,
);
console.log(`corpus: ${comments.length} comments, average ${averageLength} characters`);

const rssBefore = process.memoryUsage().rss;
const constructionStart = performance.now();
const scorer = createScorer();
const constructionMs = performance.now() - constructionStart;
console.log(`createScorer (first, builds the word indexes): ${constructionMs.toFixed(1)} ms`);

const half = Math.floor(comments.length / 2);
const [seen, unseen] = [comments.slice(0, half), comments.slice(half)];
const cold = measure(() => seen.forEach((comment) => scorer.score(comment)), seen.length);
console.log(`tenor, first comments after start (JIT and word memory cold): ${cold.toFixed(0)} comments/s`);
for (let pass = 0; pass < MEASURED_PASSES; pass++) seen.forEach((comment) => scorer.score(comment));
const fresh = measure(() => unseen.forEach((comment) => scorer.score(comment)), unseen.length);
console.log(`tenor, unseen comments after warm-up (new vocabulary):      ${fresh.toFixed(0)} comments/s`);
let repeated = 0;
for (let pass = 0; pass < MEASURED_PASSES; pass++)
  repeated = Math.max(
    repeated,
    measure(() => comments.forEach((comment) => scorer.score(comment)), comments.length),
  );
console.log(
  `tenor, comments seen before (best of ${MEASURED_PASSES} passes):          ${repeated.toFixed(0)} comments/s`,
);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const memory = process.memoryUsage();
console.log(
  `memory after scoring: RSS ${(memory.rss / 1e6).toFixed(0)} MB, heap ${(memory.heapUsed / 1e6).toFixed(0)} MB (RSS before scorer ${(rssBefore / 1e6).toFixed(0)} MB${gc ? '' : '; run node with --expose-gc for a collected figure'})`,
);
const vader = measure(
  () => comments.forEach((comment) => SentimentIntensityAnalyzer.polarity_scores(comment)),
  comments.length,
);
console.log(
  `vader-sentiment:                                            ${vader.toFixed(0)} comments/s (same comments)`,
);
console.log(
  `ratio tenor/vader: unseen ${(fresh / vader).toFixed(1)}x, seen ${(repeated / vader).toFixed(1)}x, cold start ${(cold / vader).toFixed(1)}x`,
);

function measure(run: () => void, count: number): number {
  const start = performance.now();
  run();
  return (count / (performance.now() - start)) * 1000;
}

function toComments(corpus: string): string[] {
  const texts = corpus
    .split('\n')
    .map((line) => line.split('\t')[0].trim())
    .filter((text) => text.length > 0);
  const result: string[] = [];
  let current = '';
  for (const text of texts) {
    current = current ? `${current} ${text}` : text;
    if (current.length >= COMMENT_LENGTH) {
      result.push(current.slice(0, COMMENT_LENGTH + 40));
      current = '';
    }
  }
  return result;
}
