// `npm start`: builds what changed, then runs the one server that serves the API and the dashboard.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildApps, ROOT } from './build-apps.mjs';

// V8 lets the old generation grow to as much as 4 times the live heap before a full collection when collections are
// quick. A bulk ingest keeps every batch alive across several awaits (read, scored in a worker, written), so each one
// is promoted to the old generation and the heap swells with garbage: ingesting 300k generated comments under ts-node
// peaked at 518-527 MB RSS. With a fixed factor of 2 the same ingest peaked at 413-419 MB, for the same CPU time
// (45-51 s of CPU either way). V8 flags hold for the whole process, its worker threads included; node refuses this one
// in NODE_OPTIONS, so every launch script passes it (`ingest` and `bench:ingest` in package.json too).
const HEAP_GROWING_PERCENT_FLAG = '--heap-growing-percent=100';

buildApps();
const server = spawn(
  process.execPath,
  ['--enable-source-maps', HEAP_GROWING_PERCENT_FLAG, join(ROOT, 'dist/apps/api/main.js')],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
