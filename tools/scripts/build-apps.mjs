// Builds the API bundle and the dashboard through Nx (cached: a second run with no change takes seconds).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds `api` and `dashboard`; exits the process when the build fails. */
export function buildApps() {
  const nx = createRequire(import.meta.url).resolve('nx/bin/nx.js');
  const result = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (result.status !== 0) {
    console.error('[tenor] build failed');
    process.exit(result.status ?? 1);
  }
}
