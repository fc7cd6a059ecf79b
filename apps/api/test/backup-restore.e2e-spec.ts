import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  closeSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { backupSqliteDatabase } from '../src/backup/sqlite-backup';
import { SqliteFile } from '../src/backup/sqlite-file';
import { restoreSqliteDatabase } from '../src/backup/sqlite-restore';
import { BackupError, inspectTenorDatabase } from '../src/backup/tenor-database-inspection';
import { RollupService } from '../src/trends/rollup.service';
import { makeArticle, makeComment } from './support/fixtures';
import { rollupLines } from './support/rollup-lines';
import { fromSources } from './support/server-process';
import { type Agent, REPOSITORY_ROOT, startTestApp, type TestApp } from './support/test-app';
import { isPostgresRun } from './support/test-database';

const STORED_COMMENTS = 300;
const WRITER_BATCH = 5;

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run backup`/`restore` as the package script does, without blocking the app running in this process. */
function runCli(
  script: 'backup' | 'restore',
  args: string[],
  environment: Record<string, string>,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...fromSources(`apps/api/src/cli/${script}.ts`), ...args], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, DATABASE_URL: '', ...environment },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Writes batches of new comments, each followed by a decision on its first, until stopped; counts acknowledged batches. */
class ConcurrentWriter {
  acknowledged = 0;
  private isStopped = false;
  private readonly running: Promise<void>;

  constructor(
    private readonly http: Agent,
    private readonly prefix: string,
  ) {
    this.running = this.write();
  }

  async waitFor(batches: number): Promise<void> {
    while (this.acknowledged < batches) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    await this.running;
  }

  private async write(): Promise<void> {
    for (let batch = 0; !this.isStopped; batch++) {
      const comments = Array.from({ length: WRITER_BATCH }, (_, index) =>
        makeComment(`${this.prefix}-${batch}-${index}`, 'b-article-1', {
          author: `Schreiberin ${index}`,
          postedAt: new Date(Date.UTC(2024, 3, 1) + batch * 60_000).toISOString(),
          body: `Nachtrag ${batch}.${index}: das sehe ich anders.`,
        }),
      );
      const created = await this.http.post('/api/comments/batch').send({ comments }).expect(200);
      await this.http
        .post(`/api/comments/${created.body.ids[0]}/decision`)
        .send({ action: 'reject', reason: 'spam' })
        .expect(200);
      this.acknowledged = batch + 1;
    }
  }
}

(isPostgresRun ? describe.skip : describe)('backup and restore of the SQLite database', () => {
  let folder: string;
  let tenor: TestApp;
  let source: DataSource;
  let storedComments: Record<string, unknown>[];
  let storedEvents: Record<string, unknown>[];
  let storedArticles: Record<string, unknown>[];
  let backupFile: string;

  const commentsOf = (dataSource: DataSource, pattern: string) =>
    dataSource.query(`SELECT * FROM comments WHERE external_id LIKE '${pattern}' ORDER BY id`);
  const eventsOf = (dataSource: DataSource, pattern: string) =>
    dataSource.query(
      `SELECT e.* FROM moderation_events e JOIN comments c ON c.id = e.comment_id WHERE c.external_id LIKE '${pattern}' ORDER BY e.id`,
    );

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tenor-backups-'));
    tenor = await startTestApp({ isSeedOnEmpty: false });
    source = tenor.app.get(DataSource);
    for (const [index, section] of ['Politik', 'Sport'].entries()) {
      await tenor.http
        .post('/api/articles')
        .send(makeArticle(`b-article-${index}`, { section }))
        .expect(200);
    }
    const comments = Array.from({ length: STORED_COMMENTS }, (_, index) =>
      makeComment(`b-${index}`, `b-article-${index % 2}`, {
        author: `Leser ${index % 13}`,
        postedAt: new Date(Date.UTC(2024, 2, 1) + index * 17 * 60_000).toISOString(),
        body:
          index % 7 === 0 ? `Du Vollidiot, Nummer ${index}!` : `Beitrag ${index}: sachlich und freundlich.`,
        title: index % 5 === 0 ? `Titel ${index}` : undefined,
      }),
    );
    const created = await tenor.http.post('/api/comments/batch').send({ comments }).expect(200);
    for (const [index, id] of (created.body.ids as number[]).slice(0, 30).entries()) {
      const decision =
        index % 3 === 0
          ? { action: 'reject', reason: 'insult', note: `Notiz ${index}` }
          : { action: 'approve' };
      await tenor.http.post(`/api/comments/${id}/decision`).send(decision).expect(200);
      if (index % 10 === 0) await tenor.http.post(`/api/comments/${id}/undo`).send({}).expect(200);
    }
    storedComments = await commentsOf(source, 'b-%');
    storedEvents = await eventsOf(source, 'b-%');
    storedArticles = await source.query('SELECT * FROM articles ORDER BY id');
  });

  afterAll(async () => {
    await tenor.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up while comments and decisions are written, and the restored copy holds everything acknowledged before, consistently', async () => {
    const writer = new ConcurrentWriter(tenor.http, 'w');
    await writer.waitFor(3);
    const acknowledgedBefore = writer.acknowledged;
    backupFile = join(folder, 'backups', 'during-writes.sqlite');
    const backup = await backupSqliteDatabase({
      source: tenor.config.databasePath,
      target: backupFile,
      pagesPerStep: 4,
      pauseMs: 5,
    });
    await writer.waitFor(writer.acknowledged + 1);
    await writer.stop();
    // The writes reached the source while it was being copied: SQLite started the copy over at least once.
    expect(backup.restarts).toBeGreaterThan(0);
    expect(backup.path).toBe(backupFile);
    expect(backup.migrations).toContain('PrivacyErasures1763740800000');
    const [{ count: sourceComments }] = await source.query('SELECT COUNT(*) AS count FROM comments');
    expect(backup.counts.comments).toBeGreaterThanOrEqual(
      STORED_COMMENTS + acknowledgedBefore * WRITER_BATCH,
    );
    expect(backup.counts.comments).toBeLessThanOrEqual(Number(sourceComments));

    const restoreFolder = mkdtempSync(join(tmpdir(), 'tenor-restored-'));
    const restored = await restoreSqliteDatabase({
      backup: backupFile,
      target: join(restoreFolder, 'tenor.sqlite'),
    });
    expect(restored.previous).toBeNull();
    const copy = await startTestApp({ isSeedOnEmpty: false }, restoreFolder);
    try {
      const target = copy.app.get(DataSource);
      expect(await target.query('SELECT * FROM articles ORDER BY id')).toEqual(storedArticles);
      expect(await commentsOf(target, 'b-%')).toEqual(storedComments);
      expect(await eventsOf(target, 'b-%')).toEqual(storedEvents);
      const written: { external_id: string }[] = await commentsOf(target, 'w-%');
      const batches = new Map<number, number>();
      for (const row of written) {
        const batch = Number(row.external_id.split('-')[1]);
        batches.set(batch, (batches.get(batch) ?? 0) + 1);
      }
      // Whole batches from the first on: the copy is the database as one committed transaction left it.
      expect([...batches.keys()].sort((a, b) => a - b)).toEqual([...Array(batches.size).keys()]);
      expect([...batches.values()].every((count) => count === WRITER_BATCH)).toBe(true);
      expect(batches.size).toBeGreaterThanOrEqual(acknowledgedBefore);
      const decided: { external_id: string }[] = await target.query(
        "SELECT c.external_id FROM moderation_events e JOIN comments c ON c.id = e.comment_id WHERE c.external_id LIKE 'w-%' ORDER BY e.id",
      );
      expect(decided.slice(0, acknowledgedBefore).map((row) => row.external_id)).toEqual(
        Array.from({ length: acknowledgedBefore }, (_, batch) => `w-${batch}-0`),
      );
      const rollups = copy.app.get(RollupService);
      expect(rollupLines(await rollups.stored())).toEqual(rollupLines(await rollups.recompute()));

      const id = Number(storedComments[0].id);
      const original = (await tenor.http.get(`/api/comments/${id}`).expect(200)).body;
      expect((await copy.http.get(`/api/comments/${id}`).expect(200)).body).toEqual(original);
      const history = (await tenor.http.get(`/api/comments/${id}/events`).expect(200)).body;
      expect((await copy.http.get(`/api/comments/${id}/events`).expect(200)).body).toEqual(history);

      // An erasure made after the backup is undone by restoring it again: the restore says which to repeat.
      const erased = await copy.http
        .post('/api/privacy/erasures')
        .send({ author: 'Leser 3', mode: 'delete', reference: 'DSGVO-99' })
        .expect(201);
      expect(erased.body.comments).toBeGreaterThan(0);
      await copy.close();
      const again = await runCli('restore', [backupFile], {
        TENOR_DATABASE_PATH: join(restoreFolder, 'tenor.sqlite'),
      });
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('1 GDPR erasure requests that this backup does not have');
      expect(again.stdout).toMatch(
        new RegExp(`delete, ${erased.body.comments} comments, reference DSGVO-99`),
      );
      const kept = (again.stdout.match(/kept as (\S+)/) as RegExpMatchArray)[1];
      expect((await inspectTenorDatabase(kept)).counts.comments).toBe(
        backup.counts.comments - erased.body.comments,
      );
      expect((await inspectTenorDatabase(join(restoreFolder, 'tenor.sqlite'))).counts).toEqual(backup.counts);
    } finally {
      await copy.remove();
    }
  }, 120_000);

  it('runs as npm run backup and npm run restore; a database in use is refused, the replaced one is kept', async () => {
    const writer = new ConcurrentWriter(tenor.http, 'cli');
    await writer.waitFor(1);
    const out = join(folder, 'backups', 'cli.sqlite');
    const backup = await runCli('backup', ['--out', out], { TENOR_DATABASE_PATH: tenor.config.databasePath });
    await writer.stop();
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain(`into ${out}`);
    expect(backup.stdout).toMatch(/integrity check: ok/);
    expect(backup.stdout).toMatch(/articles: 2, comments: \d+, decisions: \d+/);

    const again = await runCli('backup', ['--out', out], { TENOR_DATABASE_PATH: tenor.config.databasePath });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already');

    const target = join(folder, 'restored', 'tenor.sqlite');
    const restore = await runCli('restore', [out], { TENOR_DATABASE_PATH: target });
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain(`into ${target}`);
    expect(restore.stdout).toContain('there was no database to replace');
    const fromCli = await inspectTenorDatabase(target);

    const second = await restoreSqliteDatabase({ backup: backupFile, target });
    expect(second.previous).toMatch(/tenor\.sqlite\.before-restore-\d{8}T\d{6}Z$/);
    expect((await inspectTenorDatabase(second.previous as string)).counts).toEqual(fromCli.counts);
    expect((await inspectTenorDatabase(target)).counts).toEqual(second.counts);

    const live = tenor.config.databasePath;
    const liveFiles = readdirSync(join(live, '..')).sort();
    const inUse = await runCli('restore', [out], { TENOR_DATABASE_PATH: live });
    expect(inUse.status).toBe(1);
    expect(inUse.stderr).toContain('is in use');
    expect(readdirSync(join(live, '..')).sort()).toEqual(liveFiles);
    await tenor.http.get('/api/comments?limit=1').expect(200);
  }, 120_000);

  it('refuses a corrupt backup, a file that is no Tenor database and one from a newer Tenor, and leaves the target as it was', async () => {
    const target = join(folder, 'restored', 'tenor.sqlite');
    const targetHash = sha256(target);
    const filesBefore = readdirSync(join(folder, 'restored')).sort();

    const corrupt = join(folder, 'corrupt.sqlite');
    copyFileSync(backupFile, corrupt);
    const file = await SqliteFile.open(corrupt);
    const [{ rootpage }] = await file.all<{ rootpage: number }>(
      "SELECT rootpage FROM sqlite_master WHERE name = 'comments'",
    );
    const [{ page_size: pageSize }] = await file.all<{ page_size: number }>('PRAGMA page_size');
    await file.close();
    const descriptor = openSync(corrupt, 'r+');
    writeSync(descriptor, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
    closeSync(descriptor);

    const foreign = join(folder, 'foreign.sqlite');
    const other = await SqliteFile.open(foreign, 'create');
    await other.exec(
      'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (1);',
    );
    await other.close();

    const text = join(folder, 'notes.txt');
    writeFileSync(text, 'Dies ist keine Datenbank.\n'.repeat(200));

    const newer = join(folder, 'newer.sqlite');
    copyFileSync(backupFile, newer);
    const future = await SqliteFile.open(newer);
    await future.exec(
      "INSERT INTO migrations (timestamp, name) VALUES (1999999999999, 'FromTheFuture1999999999999')",
    );
    await future.close();

    const refusals: [string, RegExp][] = [
      [corrupt, /integrity check|not a readable SQLite database/],
      [foreign, /is not a Tenor database/],
      [text, /is not a readable SQLite database/],
      [newer, /written by a newer Tenor .*FromTheFuture1999999999999/],
      [join(folder, 'missing.sqlite'), /no backup at/],
    ];
    for (const [backup, message] of refusals) {
      const restore = restoreSqliteDatabase({ backup, target });
      await expect(restore).rejects.toThrow(BackupError);
      await expect(restore).rejects.toThrow(message);
    }
    const cli = await runCli('restore', [corrupt], { TENOR_DATABASE_PATH: target });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(corrupt);
    expect(sha256(target)).toBe(targetHash);
    expect(readdirSync(join(folder, 'restored')).sort()).toEqual(filesBefore);
    expect(existsSync(`${target}-wal`)).toBe(false);
  }, 120_000);
});

describe('backup and restore with PostgreSQL configured', () => {
  it('point to pg_dump and pg_restore and exit non-zero', async () => {
    const environment = { DATABASE_URL: 'postgres://tenor:secret@127.0.0.1:1/tenor' };
    const [backup, restore] = await Promise.all([
      runCli('backup', [], environment),
      runCli('restore', ['tenor.dump'], environment),
    ]);
    expect(backup.status).toBe(1);
    expect(backup.stderr).toContain('pg_dump');
    expect(backup.stderr).not.toContain('secret');
    expect(restore.status).toBe(1);
    expect(restore.stderr).toContain('pg_restore');
  }, 60_000);
});
