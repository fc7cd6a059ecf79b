/**
 * What the offense model costs at run time: decoding the shipped model, and scorer throughput with and without it on
 * the same ~300-character German comments (GermEval tweets joined), in alternating blocks so drift hits both alike.
 * Times are CPU time of this process (process.cpuUsage), so other processes on the machine disturb them less.
 * From the repository root (compile first for figures without the TypeScript compiler in the process):
 *   npx ts-node --transpile-only --project tools/scoring/tsconfig.json tools/scoring/eval-model-cost.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodeBase64, deserializeOffenseModel } from '../../libs/scoring/src/model/model-serialization';
import { OFFENSE_MODEL_BASE64 } from '../../libs/scoring/src/model/generated/offense-model';
import { createScorer } from '../../libs/scoring/src/scorer';
import { DEFAULT_GERMEVAL_TRAINING_PATH } from './train-data';

/** Comment length the throughput target is stated for. */
const COMMENT_LENGTH = 300;
/** Alternating measured blocks per scorer. */
const BLOCKS = 10;

const decodeStarted = performance.now();
const model = deserializeOffenseModel(decodeBase64(OFFENSE_MODEL_BASE64));
const decodeMs = performance.now() - decodeStarted;
console.log(`model: ${OFFENSE_MODEL_BASE64.length} base64 characters, decoded in ${decodeMs.toFixed(1)} ms`);

const comments = toComments(readFileSync(DEFAULT_GERMEVAL_TRAINING_PATH, 'utf8'));
const withModel = createScorer({ offenseModel: model });
const withoutModel = createScorer({ offenseModel: null });
for (const comment of comments) {
  withModel.score(comment);
  withoutModel.score(comment);
}
const elapsed = { with: 0, without: 0 };
for (let block = 0; block < BLOCKS; block++) {
  const order = block % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
  for (const which of order) {
    const scorer = which === 'with' ? withModel : withoutModel;
    const started = process.cpuUsage();
    for (const comment of comments) scorer.score(comment);
    const used = process.cpuUsage(started);
    elapsed[which] += (used.user + used.system) / 1000;
  }
}
const perSecond = (ms: number): number => (comments.length * BLOCKS * 1000) / ms;
console.log(
  `${comments.length} comments × ${BLOCKS} blocks: with model ${perSecond(elapsed.with).toFixed(0)} comments/s, without ${perSecond(elapsed.without).toFixed(0)} comments/s (model costs ${(((elapsed.with - elapsed.without) / (comments.length * BLOCKS)) * 1000).toFixed(1)} µs per comment)`,
);

function toComments(corpus: string): string[] {
  const texts = corpus
    .split('\n')
    .map((line) =>
      line
        .split('\t')[0]
        .replace(/\|LBR\|/g, '\n')
        .trim(),
    )
    .filter((text) => text.length > 0);
  const result: string[] = [];
  let current = '';
  for (const text of texts) {
    current = current ? `${current} ${text}` : text;
    if (current.length >= COMMENT_LENGTH) {
      result.push(current);
      current = '';
    }
  }
  return result;
}
