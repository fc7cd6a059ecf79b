// `npm run test:e2e`: builds, starts Tenor on a free port with a fresh SQLite file, runs the browser test, stops.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApps, ROOT } from './build-apps.mjs';

const SERVER_START_TIMEOUT_MS = 60_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, server) {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with code ${server.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not healthy after ${SERVER_START_TIMEOUT_MS} ms`);
}

buildApps();
const folder = mkdtempSync(join(tmpdir(), 'tenor-browser-'));
const admin = { username: 'admin', password: randomBytes(12).toString('base64url') };
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    TENOR_PORT: String(port),
    TENOR_DATABASE_PATH: join(folder, 'tenor.sqlite'),
    TENOR_ADMIN_USERNAME: admin.username,
    TENOR_ADMIN_PASSWORD: admin.password,
  },
});
let exitCode = 1;
try {
  await waitForHealth(url, server);
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/ts-node/dist/bin.js'), '--transpile-only', '-P', 'apps/dashboard-e2e/tsconfig.json', 'apps/dashboard-e2e/src/dashboard.e2e.ts'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, TENOR_URL: url, TENOR_ADMIN_USERNAME: admin.username, TENOR_ADMIN_PASSWORD: admin.password },
    },
  );
  exitCode = result.status ?? 1;
} catch (error) {
  console.error(`[tenor] ${error instanceof Error ? error.message : error}`);
} finally {
  server.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}
process.exit(exitCode);
