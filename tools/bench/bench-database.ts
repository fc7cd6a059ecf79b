import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createNdjsonReader } from '@tenor/ingest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap';
import { IngestCliModule } from '../../apps/api/src/cli/ingest-cli.module';
import { loadAppConfig } from '../../apps/api/src/config/app.config';
import { BulkIngestService } from '../../apps/api/src/ingest/bulk-ingest.service';
import { MIGRATIONS } from '../../apps/api/src/migrations';
import { signInOverHttp } from '../../apps/api/test/support/session-headers';
import { RollupService } from '../../apps/api/src/trends/rollup.service';
import { generateCorpus } from '../demo/comment-generator';

/** Where benchmark databases are kept between runs. */
export const BENCH_CACHE = join(process.cwd(), 'node_modules/.cache/tenor-bench');
/** The admin the benchmarks sign in as. */
export const BENCH_ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };
// Comments of the generated corpus rejected or approved by a moderator, so decisions have data.
const DECIDED_SHARE = 0.2;

/** The generated corpus as NDJSON text chunks. */
async function* corpusChunks(comments: number): AsyncGenerator<string> {
  let chunk = '';
  for (const record of generateCorpus({ comments })) {
    chunk += `${JSON.stringify(record)}\n`;
    if (chunk.length > 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

/** Ingests the corpus end to end, then lets moderators decide a share of it; the rollups follow. */
async function buildDatabase(path: string, comments: number): Promise<void> {
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const config = loadAppConfig({}, process.cwd(), { databasePath: building, isSeedOnEmpty: false });
  const app = await NestFactory.createApplicationContext(IngestCliModule.register(config), { logger: ['error'] });
  const started = Date.now();
  const report = await app.get(BulkIngestService).ingestStream(corpusChunks(comments), createNdjsonReader('bench.ndjson'));
  console.log(`built: ${report.commentsCreated.toLocaleString('en')} comments ingested in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // Decisions written straight into the audit table two hours after each comment (flagged ones rejected, others
  // approved), then the rollups recomputed from the raw rows: the same state the moderation service leaves.
  const dataSource = app.get(DataSource);
  await dataSource.transaction(async (manager) => {
    const modulus = Math.round(1 / DECIDED_SHARE);
    await manager.query(
      `INSERT INTO moderation_events (comment_id, actor, at, from_status, to_status, action, reason, note)
       SELECT id, 'bench', strftime('%Y-%m-%dT%H:%M:%fZ', posted_at, '+2 hours'), 'pending',
              CASE WHEN is_flagged THEN 'rejected' ELSE 'approved' END, CASE WHEN is_flagged THEN 'reject' ELSE 'approve' END,
              CASE WHEN is_flagged THEN 'insult' ELSE NULL END, NULL
       FROM comments WHERE id % ${modulus} = 0`,
    );
    await manager.query(
      `UPDATE comments SET status = CASE WHEN is_flagged THEN 'rejected' ELSE 'approved' END, status_source = 'moderator', version = version + 1
       WHERE id % ${modulus} = 0`,
    );
    await app.get(RollupService).rebuild(manager);
  });
  await app.close();
  renameSync(building, path);
}

/** The migrations a cached database has run. Closing the only connection folds its write-ahead log into the file. */
function migrationsRunOn(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(path, sqlite3.OPEN_READWRITE, (openError) => {
      if (openError) return reject(openError);
      database.all('SELECT name FROM migrations', (queryError, rows: { name: string }[]) => {
        database.close((closeError) => {
          if (queryError ?? closeError) reject(queryError ?? closeError);
          else resolve(rows.map((row) => row.name));
        });
      });
    });
  });
}

/** The cached database of the same corpus with the most migrations, all of them still in MIGRATIONS. */
async function olderCache(comments: number, names: readonly string[]): Promise<string | undefined> {
  let best: { path: string; count: number } | undefined;
  for (const file of readdirSync(BENCH_CACHE)) {
    if (!file.startsWith(`trends-${comments}-`) || !file.endsWith('.sqlite')) continue;
    const path = join(BENCH_CACHE, file);
    const ran = await migrationsRunOn(path).catch(() => []);
    if (ran.length === 0 || !ran.every((name) => names.includes(name))) continue;
    if (!best || ran.length > best.count) best = { path, count: ran.length };
  }
  return best?.path;
}

/**
 * The database of `comments` generated comments for this migration list: cached, copied from a cache made before a
 * newer migration (the app runs the missing ones at start, like a production upgrade), or built (minutes for 1M).
 */
export async function prepareBenchDatabase(comments: number): Promise<string> {
  mkdirSync(BENCH_CACHE, { recursive: true });
  const names = MIGRATIONS.map((migration) => migration.name);
  const digest = createHash('sha1').update(names.join('\n')).digest('hex').slice(0, 10);
  const path = join(BENCH_CACHE, `trends-${comments}-m${names.length}-${digest}.sqlite`);
  if (existsSync(path)) {
    console.log(`reusing ${path}`);
    return path;
  }
  const older = await olderCache(comments, names);
  if (!older) {
    await buildDatabase(path, comments);
    return path;
  }
  // Copied, not moved, so the checkout it came from keeps its cache.
  const copying = `${path}.copying`;
  copyFileSync(older, copying);
  renameSync(copying, path);
  console.log(`copied ${older} to ${path}; the new migrations run at start`);
  return path;
}

/** The API on a benchmark database, listening on loopback, with a call signed in as the bench admin. */
export interface BenchApp {
  app: INestApplication;
  /** Calls the API as the admin; fails on an HTTP error. */
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

/** Starts the API on `databasePath` (running any missing migrations) and signs the bench admin in. */
export async function startBenchApp(databasePath: string): Promise<BenchApp> {
  const config = loadAppConfig({}, process.cwd(), {
    databasePath,
    isSeedOnEmpty: false,
    adminUsername: BENCH_ADMIN.username,
    adminPassword: BENCH_ADMIN.password,
    dashboardDir: join(BENCH_CACHE, 'no-dashboard'),
  });
  const app = await createApp(config, false);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const session = await signInOverHttp(base, BENCH_ADMIN);
  return {
    app,
    call: async (method, path, body) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { ...session, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
      return response;
    },
  };
}
