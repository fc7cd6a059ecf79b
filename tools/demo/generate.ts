import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateCorpus } from './comment-generator';

/** `npm run demo:generate -- --comments 1000000 [--out data/demo.ndjson] [--seed N]`: writes NDJSON for `npm run ingest`. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { comments: { type: 'string', default: '100000' }, out: { type: 'string', default: 'data/demo.ndjson' }, seed: { type: 'string', default: '20221' } },
  });
  const comments = Number(values.comments);
  if (!Number.isInteger(comments) || comments < 1) throw new Error('--comments must be a positive whole number');
  const output = createWriteStream(values.out);
  let written = 0;
  for (const record of generateCorpus({ comments, seed: Number(values.seed) })) {
    if (!output.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    if (record.kind === 'comment') written++;
  }
  await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  console.log(`wrote ${written} comments to ${values.out}; load them with: npm run ingest -- ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
