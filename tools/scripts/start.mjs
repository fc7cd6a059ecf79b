// `npm start`: builds what changed, then runs the one server that serves the API and the dashboard.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildApps, ROOT } from './build-apps.mjs';

buildApps();
const server = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'dist/apps/api/main.js')], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
