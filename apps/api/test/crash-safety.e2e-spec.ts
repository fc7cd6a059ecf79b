import type { IngestReport } from '@tenor/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/database-options';
import { ndjsonCorpus } from './support/fixtures';
import { ServerProcess } from './support/server-process';
import { type SessionHeaders, signInOverHttp } from './support/session-headers';
import { TEST_ADMIN } from './support/test-app';
import { type TestDatabase, testDatabase } from './support/test-database';

const COMMENTS = 100_000;
// The server's ts-node start takes 15-25 s on two busy cores.
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;

function startServer(database: TestDatabase, port?: number): Promise<ServerProcess> {
  return ServerProcess.start({
    port,
    env: {
      TENOR_DATABASE_PATH: database.databasePath,
      DATABASE_URL: database.databaseUrl ?? '',
      TENOR_SEED_ON_EMPTY: 'false',
      TENOR_ADMIN_PASSWORD: TEST_ADMIN.password,
    },
    startTimeoutMs: START_TIMEOUT_MS,
    output: 'dropped',
  });
}

function signedIn(server: ServerProcess): Promise<SessionHeaders> {
  return signInOverHttp(server.url, TEST_ADMIN);
}

function postFile(server: ServerProcess, session: SessionHeaders, body: string): Promise<Response> {
  return fetch(`${server.url}/api/ingest`, {
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
    const first = await startServer(database);
    const session = await signedIn(first);
    const upload = postFile(first, session, body).catch((error: unknown) => error);
    const deadline = Date.now() + 120_000;
    while ((await counts(database)).total < 5_000) {
      if (Date.now() > deadline) throw new Error('the first ingest never got going');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await first.kill();
    // The killed server never answered: the upload failed instead of returning a report.
    expect(String(await upload)).toMatch(/fetch failed|terminated|socket|ECONNRESET/i);
    const interrupted = await counts(database);
    expect(interrupted.total).toBeGreaterThan(0);
    expect(interrupted.total).toBeLessThan(COMMENTS);

    const second = await startServer(database, first.port);
    try {
      const response = await postFile(second, await signedIn(second), body);
      expect(response.status).toBe(200);
      const report = (await response.json()) as IngestReport;
      expect(report.commentsCreated + report.commentsUnchanged).toBe(COMMENTS);
      expect(report.rejected).toBe(0);
    } finally {
      await second.stop(STOP_TIMEOUT_MS);
    }
    expect(await counts(database)).toEqual({ total: COMMENTS, distinct: COMMENTS, partial: 0 });
  }, 600_000);
});
