import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a stand-in scoring worker into `folder`, for a ScoringPool's `workerFile`, and returns its path. It exits
 * with code 3 on a batch with a text containing "exit", throws on a text "throw", takes a second over a text "slow";
 * otherwise it answers like `realWorkerFile` when given, else with a placeholder `{ text }` per text.
 */
export function writeFaultyScoringWorker(folder: string, realWorkerFile?: string): string {
  const path = join(folder, 'faulty-scoring-worker.js');
  writeFileSync(
    path,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, texts }) => {
  if (texts.some((text) => text.includes('exit'))) process.exit(3);
  if (texts.includes('throw')) throw new Error('scorer blew up');
  if (${realWorkerFile === undefined}) {
    const reply = () => parentPort.postMessage({ id, results: texts.map((text) => ({ text })) });
    if (texts.includes('slow')) setTimeout(reply, 1000);
    else reply();
  }
});
${realWorkerFile === undefined ? '' : `require(${JSON.stringify(realWorkerFile)});`}
`,
  );
  return path;
}
