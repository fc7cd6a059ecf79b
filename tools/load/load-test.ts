import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ServerProcess } from '../../apps/api/test/support/server-process';
import { createRandom } from '../demo/comment-generator';
import { EditorUser } from './editor-user';
import { HttpClient } from './http-client';
import { IngestClient } from './ingest-client';
import { LoadContext, SharedLoad } from './load-context';
import { setUpWorld, signIn } from './load-setup';
import { ModeratorUser } from './moderator-user';
import { reconcile } from './reconcile';
import { RequestStats } from './request-stats';
import { TimedCaller } from './timed-caller';
import { WriteLedger } from './write-ledger';

/**
 * `npm run test:load [-- --seconds 30 --concurrency 16 --comments 12000]`: starts the real server on a fresh SQLite
 * file, fills it through the API, runs a fixed number of virtual moderators, editors and newsroom ingest clients
 * against it on loopback for a fixed time, stops it, and reconciles every acknowledged write with the database.
 * Last line: {"rps","p99Ms","errors","lostWrites",…}; the exit code is 1 when errors or lostWrites are not 0.
 */
const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '16' },
    comments: { type: 'string', default: '12000' },
  },
});
const SECONDS = Number(options.seconds);
const CONCURRENCY = Number(options.concurrency);
const COMMENTS = Number(options.comments);
for (const [name, value] of [
  ['seconds', SECONDS],
  ['concurrency', CONCURRENCY],
  ['comments', COMMENTS],
] as const) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1`);
    process.exit(2);
  }
}

// A request without an answer after this long counts as an error (a timeout); p99 under load stays far below it.
const REQUEST_TIMEOUT_MS = 15_000;
// How long the server may take to shut down after SIGTERM before it is killed (and the run fails).
const STOP_TIMEOUT_MS = 30_000;
// Lines of the server's log that show a database or server fault, whatever the HTTP status said.
const FAULT_PATTERN =
  /SQLITE_BUSY|SQLITE_|deadlock|TransactionNotStarted|QueryFailedError|Unhandled|ERROR \[ExceptionsHandler\]/i;
// The roles of the virtual users in turn: half moderators, a quarter each editors and ingest clients; any three
// consecutive users cover every role.
const ROLE_CYCLE = [
  'moderator',
  'ingest',
  'editor',
  'moderator',
  'moderator',
  'ingest',
  'editor',
  'moderator',
] as const;

const folder = mkdtempSync(join(tmpdir(), 'tenor-load-'));
let server: ServerProcess | undefined;

// Whatever ends the process (success, failure, Ctrl-C), the server goes and the temp folder with it.
process.on('exit', () => {
  server?.kill();
  rmSync(folder, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: killing the server (pid ${server?.pid ?? '-'}) and removing ${folder}`);
    process.exit(130);
  });
}

function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}

async function main(): Promise<number> {
  const started = Date.now();
  const databasePath = join(folder, 'tenor.sqlite');
  const dashboardDir = join(folder, 'no-dashboard');
  mkdirSync(dashboardDir);
  const admin = { username: 'load-admin', password: randomBytes(12).toString('base64url') };
  console.log(
    `load test: ${SECONDS} s, ${CONCURRENCY} virtual users, ${COMMENTS.toLocaleString('en')} generated comments; folder ${folder}`,
  );
  server = await ServerProcess.start({
    env: {
      TENOR_HOST: '127.0.0.1',
      TENOR_DATABASE_PATH: databasePath,
      DATABASE_URL: '',
      TENOR_DASHBOARD_DIR: dashboardDir,
      TENOR_SEED_DIR: join(__dirname, '../../data/seeds'),
      TENOR_SEED_ON_EMPTY: 'true',
      TENOR_ADMIN_USERNAME: admin.username,
      TENOR_ADMIN_PASSWORD: admin.password,
      // The load test measures capacity, not the ingest limiter.
      TENOR_INGEST_REQUESTS_PER_MINUTE: '1000000',
    },
    faultPattern: FAULT_PATTERN,
  });
  console.log(
    `setup: server (pid ${server.pid}) healthy at ${server.url} after ${fixed((Date.now() - started) / 1000)} s`,
  );

  const client = new HttpClient(server.url, CONCURRENCY + 4);
  const roles = Array.from({ length: CONCURRENCY }, (_, index) => ROLE_CYCLE[index % ROLE_CYCLE.length]);
  const world = await setUpWorld(client, admin, {
    comments: COMMENTS,
    moderators: roles.filter((role) => role === 'moderator').length,
  });
  const stats = new RequestStats();
  const ledger = new WriteLedger();
  const shared = new SharedLoad(world, ledger, stats);
  let moderatorIndex = 0;
  let ingestIndex = 0;
  const users = await Promise.all(
    roles.map(async (role, index) => {
      const context = new LoadContext(shared, createRandom(1000 + index));
      if (role === 'ingest') {
        const caller = new TimedCaller(
          client,
          stats,
          { kind: 'apiKey', key: world.apiKey },
          REQUEST_TIMEOUT_MS,
        );
        return new IngestClient(caller, `i${++ingestIndex}`, context);
      }
      const user = role === 'moderator' ? world.moderators[moderatorIndex++] : world.editor;
      // Each virtual user signs in once, as a dashboard tab would.
      const caller = new TimedCaller(
        client,
        stats,
        await signIn(client, user.username, user.password),
        REQUEST_TIMEOUT_MS,
      );
      return role === 'moderator'
        ? new ModeratorUser(caller, user, context)
        : new EditorUser(caller, context);
    }),
  );
  const setupSeconds = (Date.now() - started) / 1000;
  console.log(
    `setup: done in ${fixed(setupSeconds)} s: ${roles.filter((role) => role === 'moderator').length} moderators, ` +
      `${roles.filter((role) => role === 'editor').length} editors, ${roles.filter((role) => role === 'ingest').length} ingest clients; load for ${SECONDS} s …`,
  );

  const loadStarted = Date.now();
  shared.startClock(SECONDS);
  // The clock stops new actions; the actions under way finish (each request bounded by its timeout).
  await Promise.all(users.map((user) => user.run()));
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  client.close();

  const isStopped = await server.stop(STOP_TIMEOUT_MS);
  if (!isStopped)
    stats.recordError(
      'server: graceful stop',
      `no exit within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killed`,
    );
  const reconciliation = await reconcile(databasePath, ledger);

  const kinds = stats.summarize(loadSeconds);
  const total = stats.total(loadSeconds);
  const width = Math.max(28, ...kinds.map((kind) => kind.kind.length)) + 2;
  console.log(
    `\n${total.count.toLocaleString('en')} requests in ${fixed(loadSeconds)} s by ${CONCURRENCY} virtual users (keep-alive HTTP on loopback)\n`,
  );
  console.log(
    `${'request kind'.padEnd(width)}${'count'.padStart(7)}${'rps'.padStart(8)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'409s'.padStart(6)}${'errors'.padStart(8)}  statuses`,
  );
  for (const kind of kinds) {
    console.log(
      `${kind.kind.padEnd(width)}${String(kind.count).padStart(7)}${fixed(kind.rps).padStart(8)}${fixed(kind.p50Ms).padStart(9)}${fixed(kind.p95Ms).padStart(9)}` +
        `${fixed(kind.p99Ms).padStart(9)}${String(kind.conflicts).padStart(6)}${String(kind.errors).padStart(8)}  ${kind.statuses}`,
    );
  }
  console.log(
    `${'all'.padEnd(width)}${String(total.count).padStart(7)}${fixed(total.rps).padStart(8)}${fixed(total.p50Ms).padStart(9)}${fixed(total.p95Ms).padStart(9)}` +
      `${fixed(total.p99Ms).padStart(9)}${String(total.conflicts).padStart(6)}${String(total.errors).padStart(8)}`,
  );
  for (const [kind, samples] of stats.samples())
    for (const sample of samples) console.log(`  error in ${kind}: ${sample}`);

  const { checked } = reconciliation;
  const lostWrites =
    reconciliation.lostWrites +
    reconciliation.duplicates +
    reconciliation.phantomWrites +
    reconciliation.rollupMismatches +
    reconciliation.inconsistentComments;
  console.log(
    `\nreconciled with the database after a ${isStopped ? 'graceful' : 'forced'} stop: ${checked.ingestedComments.toLocaleString('en')} ingested comments ` +
      `(${ledger.ingestAcks.length} acknowledged requests, retries included), ${checked.decisions} single decisions and undos on ${checked.contestedComments} comments, ` +
      `${checked.bulkDecisions} bulk decisions (${checked.bulkEvents} audit events), ${checked.rollupRows.toLocaleString('en')} rollup rows recounted; integrity ${reconciliation.integrity}`,
  );
  console.log(
    `missing or wrong ${reconciliation.lostWrites}, duplicates ${reconciliation.duplicates}, phantom writes ${reconciliation.phantomWrites}, ` +
      `rollup mismatches ${reconciliation.rollupMismatches}, comments off their audit trail ${reconciliation.inconsistentComments} → lostWrites ${lostWrites}`,
  );
  for (const problem of reconciliation.problems) console.log(`  ${problem}`);
  const serverLogFaults = server.faults.length;
  if (serverLogFaults > 0)
    console.log(
      `\nthe server logged ${serverLogFaults} fault lines, the first:\n${server.faults.slice(0, 5).join('\n')}`,
    );
  if (total.errors > 0 || lostWrites > 0 || serverLogFaults > 0)
    console.log(`\nserver log (last lines):\n${server.logTail(30)}`);
  const wallSeconds = (Date.now() - started) / 1000;
  console.log(`\nwall time ${fixed(wallSeconds)} s (setup ${fixed(setupSeconds)} s)`);
  console.log(
    JSON.stringify({
      rps: Number(fixed(total.rps)),
      p99Ms: Number(fixed(total.p99Ms)),
      errors: total.errors,
      lostWrites,
      requests: total.count,
      conflicts: total.conflicts,
      p50Ms: Number(fixed(total.p50Ms)),
      p95Ms: Number(fixed(total.p95Ms)),
      seconds: Number(fixed(loadSeconds)),
      concurrency: CONCURRENCY,
      commentsAtStart: world.commentsAtStart,
      missingOrWrong: reconciliation.lostWrites,
      duplicates: reconciliation.duplicates,
      phantomWrites: reconciliation.phantomWrites,
      rollupMismatches: reconciliation.rollupMismatches,
      inconsistentComments: reconciliation.inconsistentComments,
      integrity: reconciliation.integrity,
      serverLogFaults,
    }),
  );
  return total.errors > 0 || lostWrites > 0 || reconciliation.integrity !== 'ok' || serverLogFaults > 0
    ? 1
    : 0;
}

// process.exit, not a natural end: a failed run may leave the server's pipes and fetch's idle sockets open.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    if (server) console.error(`\nserver log (last lines):\n${server.logTail(30)}`);
    console.log(
      JSON.stringify({
        rps: 0,
        p99Ms: 0,
        errors: 1,
        lostWrites: 0,
        failure: String(error instanceof Error ? error.message : error).slice(0, 300),
      }),
    );
    process.exit(1);
  },
);
