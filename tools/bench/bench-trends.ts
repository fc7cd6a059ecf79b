import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { prepareBenchDatabase, startBenchApp } from './bench-database';

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

function percentile(samples: number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const { app, call } = await startBenchApp(await prepareBenchDatabase(COMMENTS));
  const get = async (path: string) => (await call('GET', path)).text();

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
