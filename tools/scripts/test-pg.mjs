// `npm run test:pg`: the API end-to-end suite against a real PostgreSQL server (TENOR_TEST_DATABASE_URL, a user
// allowed to create databases; each suite gets a database of its own and drops it).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build-apps.mjs';

if (!process.env.TENOR_TEST_DATABASE_URL) {
  console.error(
    'set TENOR_TEST_DATABASE_URL, e.g. postgres://tenor:tenor@127.0.0.1:5432/postgres (a role with CREATEDB); .ci/run shows how to start one',
  );
  process.exit(2);
}
const jest = join(ROOT, 'node_modules/jest/bin/jest.js');
const result = spawnSync(process.execPath, [jest, '-c', 'apps/api/jest.config.ts', '--runInBand'], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
