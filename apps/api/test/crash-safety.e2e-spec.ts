import type { IngestReport } from '@tenor/contracts';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/database-options';
import { ndjsonCorpus } from './support/fixtures';
import { type SessionHeaders, signInOverHttp } from './support/session-headers';
import { REPOSITORY_ROOT, TEST_ADMIN } from './support/test-app';
import { type TestDatabase, testDatabase } from './support/test-database';

const COMMENTS = 100_000;
const SERVER = ['node_modules/ts-node/dist/bin.js', '-r', 'tsconfig-paths/register', '--transpile-only', '-P', 'apps/api/tsconfig.app.json', 'apps/api/src/main.ts'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(database: TestDatabase, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, SERVER, {
    cwd: REPOSITORY_ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      TENOR_PORT: String(port),
      TENOR_DATABASE_PATH: database.databasePath,
      DATABASE_URL: database.databaseUrl ?? '',
      TENOR_SEED_ON_EMPTY: 'false',
      TENOR_ADMIN_PASSWORD: TEST_ADMIN.password,
    },
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not start');
}

function signedIn(port: number): Promise<SessionHeaders> {
  return signInOverHttp(`http://127.0.0.1:${port}`, TEST_ADMIN);
}

function postFile(port: number, session: SessionHeaders, body: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', ...session },
    body,
  });
}

async function counts(database: TestDatabase): Promise<{ total: number; distinct: number; partial: number }> {
  const dataSource = new DataSource({ ...dataSourceOptions(database), migrationsRun: false });
  await dataSource.initialize();
  try {
    const [row] = await dataSource.query(
      `SELECT COUNT(*) AS total, COUNT(DISTINCT external_id) AS distinct_ids,
              SUM(CASE WHEN scorer_version IS NULL OR body IS NULL OR posted_day IS NULL THEN 1 ELSE 0 END) AS partial
       FROM comments`,
    );
    return { total: Number(row.total), distinct: Number(row.distinct_ids), partial: Number(row.partial ?? 0) };
  } finally {
    await dataSource.destroy();
  }
}

describe('crash safety of the server', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tenor-crash-'));
  let database: TestDatabase;

  beforeAll(async () => {
    database = await testDatabase(folder);
  });

  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('killed with SIGKILL during a 100k-comment ingest, restarted and sent the file again: exactly 100k comments, none partial, none twice', async () => {
    const body = ndjsonCorpus('crash', COMMENTS);
    const port = await freePort();
    const first = await startServer(database, port);
    const session = await signedIn(port);
    const upload = postFile(port, session, body).catch((error: unknown) => error);
    const deadline = Date.now() + 120_000;
    while ((await counts(database)).total < 5_000) {
      if (Date.now() > deadline) throw new Error('the first ingest never got going');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    // The killed server never answered: the upload failed instead of returning a report.
    expect(String(await upload)).toMatch(/fetch failed|terminated|socket|ECONNRESET/i);
    const interrupted = await counts(database);
    expect(interrupted.total).toBeGreaterThan(0);
    expect(interrupted.total).toBeLessThan(COMMENTS);

    const second = await startServer(database, port);
    try {
      const response = await postFile(port, await signedIn(port), body);
      expect(response.status).toBe(200);
      const report = (await response.json()) as IngestReport;
      expect(report.commentsCreated + report.commentsUnchanged).toBe(COMMENTS);
      expect(report.rejected).toBe(0);
    } finally {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    }
    expect(await counts(database)).toEqual({ total: COMMENTS, distinct: COMMENTS, partial: 0 });
  }, 600_000);
});
