import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createNdjsonReader } from '@tenor/ingest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap';
import { IngestCliModule } from '../../apps/api/src/cli/ingest-cli.module';
import { loadAppConfig } from '../../apps/api/src/config/app.config';
import { BulkIngestService } from '../../apps/api/src/ingest/bulk-ingest.service';
import { MIGRATIONS } from '../../apps/api/src/migrations';
import { RollupService } from '../../apps/api/src/trends/rollup.service';
import { generateCorpus } from '../demo/comment-generator';

/**
 * `npm run bench:trends [-- --comments N --runs R]`: p95 latency of every trend endpoint over HTTP against a
 * database of N generated comments (1M by default; built once, then reused from node_modules/.cache, where a
 * cache from before a new migration is copied and migrated at start like a production upgrade), and in the same
 * run the full-scan daily trend the rollups replace. Last line: {"worstTrendP95Ms","fullScanMs"}.
 */
const { values: options } = parseArgs({
  options: { comments: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '60' } },
});
const COMMENTS = Number(options.comments);
const RUNS = Number(options.runs);
const WARMUP_RUNS = 5;
const ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };
// Comments of the generated corpus rejected or approved by a moderator, so the decisions chart has data.
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
async function buildDatabase(path: string): Promise<void> {
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const config = loadAppConfig({}, process.cwd(), { databasePath: building, isSeedOnEmpty: false });
  const app = await NestFactory.createApplicationContext(IngestCliModule.register(config), { logger: ['error'] });
  const started = Date.now();
  const report = await app.get(BulkIngestService).ingestStream(corpusChunks(COMMENTS), createNdjsonReader('bench.ndjson'));
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
    await manager.query(`UPDATE comments SET status = CASE WHEN is_flagged THEN 'rejected' ELSE 'approved' END, version = version + 1 WHERE id % ${modulus} = 0`);
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
async function olderCache(cache: string, names: readonly string[]): Promise<string | undefined> {
  let best: { path: string; count: number } | undefined;
  for (const file of readdirSync(cache)) {
    if (!file.startsWith(`trends-${COMMENTS}-`) || !file.endsWith('.sqlite')) continue;
    const path = join(cache, file);
    const ran = await migrationsRunOn(path).catch(() => []);
    if (ran.length === 0 || !ran.every((name) => names.includes(name))) continue;
    if (!best || ran.length > best.count) best = { path, count: ran.length };
  }
  return best?.path;
}

/** The database for this corpus size and migration list: cached, copied from an older cache, or built. */
async function prepareDatabase(cache: string): Promise<string> {
  const names = MIGRATIONS.map((migration) => migration.name);
  const digest = createHash('sha1').update(names.join('\n')).digest('hex').slice(0, 10);
  const path = join(cache, `trends-${COMMENTS}-m${names.length}-${digest}.sqlite`);
  if (existsSync(path)) {
    console.log(`reusing ${path}`);
    return path;
  }
  const older = await olderCache(cache, names);
  if (!older) {
    await buildDatabase(path);
    return path;
  }
  // Copied, not moved, so the checkout it came from keeps its cache; the app runs the missing migrations at start.
  const copying = `${path}.copying`;
  copyFileSync(older, copying);
  renameSync(copying, path);
  console.log(`copied ${older} to ${path}; the new migrations run at start`);
  return path;
}

function percentile(samples: number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const cache = join(process.cwd(), 'node_modules/.cache/tenor-bench');
  mkdirSync(cache, { recursive: true });
  const databasePath = await prepareDatabase(cache);

  const config = loadAppConfig({}, process.cwd(), {
    databasePath,
    isSeedOnEmpty: false,
    adminUsername: ADMIN.username,
    adminPassword: ADMIN.password,
    dashboardDir: join(cache, 'no-dashboard'),
  });
  const app = await createApp(config, false);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.text();
  };

  const extent = JSON.parse(await get('/api/trends/extent')) as { firstDay: string; lastDay: string };
  const last = extent.lastDay;
  const day = (offset: number) => new Date(Date.parse(`${last}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const all = `from=${extent.firstDay}&to=${day(1)}`;
  const month = `from=${day(-29)}&to=${day(1)}`;
  const week = `from=${day(-6)}&to=${day(1)}`;
  const ranking = JSON.parse(await get(`/api/trends/articles?${all}&sort=volume&limit=1`)) as { items: { articleId: number }[] };
  const articleId = ranking.items[0]?.articleId ?? 1;
  const endpoints: [string, string][] = [
    ['comments, day, whole range', `/api/trends/comments?${all}&bucket=day`],
    ['comments, week, whole range, compare', `/api/trends/comments?${all}&bucket=week&compare=true`],
    ['comments, hour, 30 days', `/api/trends/comments?${month}&bucket=hour`],
    ['comments, hour, 7 days, section + language', `/api/trends/comments?${week}&bucket=hour&section=Politik&language=de`],
    ['comments, day, one article', `/api/trends/comments?${all}&bucket=day&articleId=${articleId}`],
    ['comments, day, whole range, CSV', `/api/trends/comments?${all}&bucket=day&format=csv`],
    ['decisions, day, whole range', `/api/trends/decisions?${all}&bucket=day`],
    ['decisions, hour, 30 days, section', `/api/trends/decisions?${month}&bucket=hour&section=Sport`],
    ['articles ranking, 30 days, acceleration', `/api/trends/articles?${month}&sort=acceleration`],
    ['articles ranking, whole range, negative share', `/api/trends/articles?${all}&sort=negativeShare`],
    ['article timeline + terms + alerts', `/api/trends/articles/${articleId}`],
    ['extent', '/api/trends/extent'],
  ];
  const rows: { name: string; p50: number; p95: number }[] = [];
  for (const [name, path] of endpoints) {
    for (let run = 0; run < WARMUP_RUNS; run++) await get(path);
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      await get(path);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    rows.push({ name, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) });
  }

  // The query the rollups replace: the daily tone series by a full scan of the comments.
  const dataSource = app.get(DataSource);
  const scans: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    await dataSource.query(
      `SELECT posted_day AS day, COUNT(*) AS n, SUM(tone_compound) AS compound,
              SUM(CASE WHEN tone_label = 'negative' THEN 1 ELSE 0 END) AS negative, SUM(CASE WHEN is_flagged THEN 1 ELSE 0 END) AS flagged
       FROM comments GROUP BY posted_day ORDER BY posted_day`,
    );
    scans.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const [{ n: stored }] = await dataSource.query('SELECT COUNT(*) AS n FROM comments');
  await app.close();

  const fullScanMs = percentile(scans, 0.5);
  const worstTrendP95Ms = Math.max(...rows.map((row) => row.p95));
  console.log(`\n${Number(stored).toLocaleString('en')} comments, ${RUNS} requests per endpoint over HTTP (after ${WARMUP_RUNS} warm-up)\n`);
  console.log(`${'endpoint'.padEnd(48)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`);
  for (const row of rows) console.log(`${row.name.padEnd(48)} ${row.p50.toFixed(1).padStart(8)} ${row.p95.toFixed(1).padStart(8)}`);
  console.log(`${'full scan: daily tone over all comments (median)'.padEnd(48)} ${fullScanMs.toFixed(1).padStart(8)}`);
  console.log(`\nworst trend p95 ${worstTrendP95Ms.toFixed(1)} ms vs full scan ${fullScanMs.toFixed(1)} ms: ${(fullScanMs / worstTrendP95Ms).toFixed(1)}× faster`);
  console.log(JSON.stringify({ worstTrendP95Ms: round(worstTrendP95Ms), fullScanMs: round(fullScanMs) }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
