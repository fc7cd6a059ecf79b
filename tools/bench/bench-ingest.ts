import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createNdjsonReader } from '@tenor/ingest';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { IngestCliModule } from '../../apps/api/src/cli/ingest-cli.module';
import { loadAppConfig } from '../../apps/api/src/config/app.config';
import { sqliteOptions } from '../../apps/api/src/database/database-options';
import { BulkIngestService } from '../../apps/api/src/ingest/bulk-ingest.service';
import { generateCorpus } from '../demo/comment-generator';

// Rows per multi-row INSERT in the baseline: the same chunk the API uses (SQLite's 999-parameter limit / 32 columns).
const BARE_INSERT_ROWS = 30;
// Rows per baseline transaction, as many as the ingest commits per batch.
const BARE_TRANSACTION_ROWS = 500;
// The V8 flag the server and the ingest CLI are started with (see tools/scripts/start.mjs); it shapes the peak RSS.
const HEAP_GROWING_PERCENT_FLAG = '--heap-growing-percent=100';

async function writeCorpus(path: string, comments: number): Promise<void> {
  const output = createWriteStream(path);
  for (const record of generateCorpus({ comments })) {
    if (!output.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => output.end(() => resolve()));
}

/** Samples the process's resident memory every 50 ms; `stop` returns the peak in MB. */
function watchPeakRss(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / 1_048_576);
    },
  };
}

async function* fileChunks(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream) yield chunk as string;
}

/** The end-to-end ingest (parse, validate, score in the worker pool, upsert in batches) into a fresh SQLite file. */
async function ingest(
  corpus: string,
  databasePath: string,
  scoringWorkers: number,
): Promise<{ comments: number; seconds: number; cpuSeconds: number; peakRssMb: number }> {
  const config = loadAppConfig({}, process.cwd(), { databasePath, isSeedOnEmpty: false, scoringWorkers });
  const app = await NestFactory.createApplicationContext(IngestCliModule.register(config), { logger: ['error'] });
  const rss = watchPeakRss();
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const report = await app.get(BulkIngestService).ingestStream(fileChunks(corpus), createNdjsonReader('bench.ndjson'));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = cpuSecondsSince(cpuBefore);
  const peakRssMb = rss.stop();
  await app.close();
  if (report.rejected > 0) throw new Error(`the generated corpus had ${report.rejected} rejected lines: ${JSON.stringify(report.errors[0])}`);
  return { comments: report.commentsCreated, seconds, cpuSeconds, peakRssMb };
}

/** CPU time of the whole process (every thread: workers, SQLite's, the collector's) since `before`. */
function cpuSecondsSince(before: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e6;
}

/** The baseline: the same rows (read back from the ingested file) inserted bare into the same schema, same driver. */
async function bareInsert(sourcePath: string, targetPath: string): Promise<{ rows: number; seconds: number; cpuSeconds: number }> {
  const source = new DataSource({ ...sqliteOptions(sourcePath), migrationsRun: false });
  const target = new DataSource(sqliteOptions(targetPath));
  await source.initialize();
  await target.initialize();
  try {
    await target.query(`ATTACH DATABASE '${sourcePath.replaceAll("'", "''")}' AS source`);
    await target.query('INSERT INTO articles SELECT * FROM source.articles');
    await target.query('DETACH DATABASE source');
    const columns = (await source.query('PRAGMA table_info(comments)')).map((column: { name: string }) => column.name);
    const columnList = columns.join(', ');
    const rowPlaceholders = `(${columns.map(() => '?').join(', ')})`;
    let rows = 0;
    let elapsed = 0n;
    let cpuSeconds = 0;
    for (let lastId = 0; ; ) {
      const batch: Record<string, unknown>[] = await source.query(`SELECT * FROM comments WHERE id > ? ORDER BY id LIMIT ?`, [lastId, BARE_TRANSACTION_ROWS]);
      if (batch.length === 0) break;
      lastId = Number(batch[batch.length - 1].id);
      const started = process.hrtime.bigint();
      const cpuBefore = process.cpuUsage();
      await target.transaction(async (manager) => {
        for (let start = 0; start < batch.length; start += BARE_INSERT_ROWS) {
          const chunk = batch.slice(start, start + BARE_INSERT_ROWS);
          await manager.query(
            `INSERT INTO comments (${columnList}) VALUES ${chunk.map(() => rowPlaceholders).join(', ')}`,
            chunk.flatMap((row) => columns.map((column: string) => row[column])),
          );
        }
      });
      elapsed += process.hrtime.bigint() - started;
      cpuSeconds += cpuSecondsSince(cpuBefore);
      rows += batch.length;
    }
    return { rows, seconds: Number(elapsed) / 1e9, cpuSeconds };
  } finally {
    await source.destroy();
    await target.destroy();
  }
}

/** `npm run bench:ingest [-- --comments N] [--scoring-workers N]`: end-to-end ingest vs a bare multi-row insert of the same rows. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { comments: { type: 'string', default: '1000000' }, 'scoring-workers': { type: 'string' } } });
  const comments = Number(values.comments);
  const scoringWorkers = values['scoring-workers'] === undefined ? loadAppConfig({}).scoringWorkers : Number(values['scoring-workers']);
  if (!process.execArgv.includes(HEAP_GROWING_PERCENT_FLAG)) {
    console.warn(`node was started without ${HEAP_GROWING_PERCENT_FLAG} (npm run bench:ingest passes it): the peak RSS is not the server's`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'tenor-bench-ingest-'));
  try {
    const corpus = join(folder, 'corpus.ndjson');
    console.log(`generating ${comments.toLocaleString('en')} comments …`);
    await writeCorpus(corpus, comments);
    console.log(`ingesting end to end (parse, validate, score in ${scoringWorkers} worker threads, upsert by one writer; one process) …`);
    const ingested = await ingest(corpus, join(folder, 'ingest.sqlite'), scoringWorkers);
    const ingestPerSec = ingested.comments / ingested.seconds;
    console.log(`  ${ingested.comments.toLocaleString('en')} comments in ${ingested.seconds.toFixed(1)} s: ${Math.round(ingestPerSec).toLocaleString('en')}/s, peak RSS ${ingested.peakRssMb} MB`);
    console.log(`  ${ingested.cpuSeconds.toFixed(1)} s of CPU on all threads; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
    console.log('bare multi-row insert of the same rows into the same schema (node-sqlite3, 500-row transactions) …');
    const bare = await bareInsert(join(folder, 'ingest.sqlite'), join(folder, 'bare.sqlite'));
    const bareInsertPerSec = bare.rows / bare.seconds;
    console.log(`  ${bare.rows.toLocaleString('en')} rows in ${bare.seconds.toFixed(1)} s: ${Math.round(bareInsertPerSec).toLocaleString('en')}/s`);
    console.log(`  ${bare.cpuSeconds.toFixed(1)} s of CPU on all threads; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
    console.log(`ratio ingest/bare: ${(ingestPerSec / bareInsertPerSec).toFixed(3)}`);
    console.log(
      JSON.stringify({
        ingestPerSec: Math.round(ingestPerSec),
        bareInsertPerSec: Math.round(bareInsertPerSec),
        ratio: Number((ingestPerSec / bareInsertPerSec).toFixed(3)),
        peakRssMb: ingested.peakRssMb,
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
