import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/database-options';
import { ndjsonCorpus } from './support/fixtures';
import { fromSources } from './support/server-process';
import { REPOSITORY_ROOT } from './support/test-app';
import { type TestDatabase, testDatabase } from './support/test-database';

const COMMENTS = 6000;
const INGEST_CLI = fromSources('apps/api/src/cli/ingest-cli.ts');

function writeCorpus(path: string): void {
  const lines = ndjsonCorpus('cli', COMMENTS).split('\n');
  lines.splice(10, 0, '{"kind":"comment","externalId":"broken"}');
  writeFileSync(path, lines.join('\n'));
}

async function countComments(database: TestDatabase): Promise<{ total: number; distinct: number }> {
  const dataSource = new DataSource({ ...dataSourceOptions(database), migrationsRun: false });
  await dataSource.initialize();
  try {
    const [row] = await dataSource.query('SELECT COUNT(*) AS total, COUNT(DISTINCT external_id) AS distinct_ids FROM comments');
    return { total: Number(row.total), distinct: Number(row.distinct_ids) };
  } finally {
    await dataSource.destroy();
  }
}

describe('npm run ingest', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tenor-ingest-cli-'));
  const corpus = join(folder, 'comments.ndjson');
  let database: TestDatabase;
  let environment: NodeJS.ProcessEnv;

  beforeAll(async () => {
    writeCorpus(corpus);
    database = await testDatabase(folder);
    environment = { ...process.env, TENOR_DATABASE_PATH: database.databasePath, DATABASE_URL: database.databaseUrl ?? '' };
  });

  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('survives SIGKILL mid-file: the re-run resumes from its checkpoint and stores every comment exactly once', async () => {
    const checkpoint = `${corpus}.tenor-ingest.json`;
    const first = spawn(process.execPath, [...INGEST_CLI, corpus], { cwd: REPOSITORY_ROOT, env: environment, stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    while (!(existsSync(checkpoint) && JSON.parse(readFileSync(checkpoint, 'utf8')).committedLine >= 1000)) {
      if (Date.now() > deadline || first.exitCode !== null) throw new Error('the first run never wrote a checkpoint');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const interrupted = await countComments(database);
    expect(interrupted.total).toBeGreaterThan(0);
    expect(interrupted.total).toBeLessThan(COMMENTS);

    const second = spawnSync(process.execPath, [...INGEST_CLI, corpus], { cwd: REPOSITORY_ROOT, env: environment, encoding: 'utf8' });
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/resuming after line \d/);
    expect(await countComments(database)).toEqual({ total: COMMENTS, distinct: COMMENTS });
    expect(existsSync(checkpoint)).toBe(false);

    const third = spawnSync(process.execPath, [...INGEST_CLI, corpus], { cwd: REPOSITORY_ROOT, env: environment, encoding: 'utf8' });
    expect(third.stderr).toContain('comments.ndjson:11: ');
    const summary = JSON.parse(third.stdout.trim().split('\n').pop() as string);
    expect(summary).toEqual({ articlesCreated: 0, commentsCreated: 0, commentsUpdated: 0, commentsUnchanged: COMMENTS, rejected: 1 });
    expect(await countComments(database)).toEqual({ total: COMMENTS, distinct: COMMENTS });
  }, 180_000);
});
