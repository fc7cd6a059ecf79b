import 'reflect-metadata';
import type { ModerationPolicy, PolicyState, ReapplyJobView } from '@tenor/contracts';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { BENCH_CACHE, prepareBenchDatabase, startBenchApp } from './bench-database';

/**
 * `npm run bench:reflag [-- --comments N]`: an admin saves a new moderation policy over HTTP and the API re-applies
 * it to N stored comments (1M by default, the generated corpus bench:trends uses) in the background; the figure is
 * the time from the save to the run's end. In the same run, the baseline: one bare SQL UPDATE that sets the flags
 * and tone labels of every comment from the stored scores, through the same driver, in one transaction (no word
 * lists, rollups, audit events or checkpoints). Last line: {"reflagSeconds","comments",…}.
 */
const { values: options } = parseArgs({ options: { comments: { type: 'string', default: '1000000' } } });
const COMMENTS = Number(options.comments);
const POLL_MS = 100;

/** The change the benchmark saves: every kind of setting moves, so every comment is evaluated in full. */
function benchPolicy(policy: ModerationPolicy): ModerationPolicy {
  const next = structuredClone(policy);
  next.tone = { positive: 0.1, negative: -0.1 };
  next.categories.insult = { flag: 0.4, hold: 0.7, reject: 0.97 };
  next.categories.profanity = { flag: 0.45, hold: 0.6, reject: null };
  next.categories.threat = { flag: 0.5, hold: 0.5, reject: 0.9 };
  next.premoderatedSections = ['Sport'];
  const watched = ['lüge', 'versager', 'heuchler', 'skandal', 'propaganda', 'kriegstreiber', 'marionette', 'witzfigur', 'lachnummer', 'schande'];
  next.wordLists = [
    ...watched.map((term) => ({ list: 'watch' as const, term, mode: 'compound' as const, category: 'insult' as const })),
    { list: 'block', term: 'drecks', mode: 'prefix', category: 'insult' },
    { list: 'block', term: 'abschaum', mode: 'word', category: 'hate' },
    { list: 'watch', term: 'https?://\\S+', mode: 'regex', category: 'spam' },
    { list: 'allow', term: 'schwanzflosse', mode: 'word', category: 'profanity' },
  ];
  return next;
}

async function main(): Promise<void> {
  const source = await prepareBenchDatabase(COMMENTS);
  mkdirSync(BENCH_CACHE, { recursive: true });
  const databasePath = join(BENCH_CACHE, `reflag-${COMMENTS}.sqlite`);
  rmSync(databasePath, { force: true });
  copyFileSync(source, databasePath);
  const { app, call: request } = await startBenchApp(databasePath);
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => (await (await request(method, path, body)).json()) as T;

  const before = await call<PolicyState>('GET', '/api/settings/policy');
  const started = process.hrtime.bigint();
  const saved = await call<PolicyState>('POST', '/api/settings/policy', { policy: benchPolicy(before.active.policy), baseVersion: before.active.version, note: 'bench:reflag' });
  let job = saved.job as ReapplyJobView;
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await call<ReapplyJobView>('GET', '/api/settings/policy/job');
  }
  const reflagSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (job.state !== 'done') throw new Error(`the re-apply run ended ${job.state}: ${job.error}`);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

  // The baseline: the same flags and tone labels (without word lists and holds) in one bare UPDATE.
  const policy = benchPolicy(before.active.policy);
  const flag = (column: string, threshold: number) => `flag_${column} = (risk_${column} >= ${threshold})`;
  const bareStarted = process.hrtime.bigint();
  await app.get(DataSource).transaction((manager) =>
    manager.query(
      `UPDATE comments SET ${flag('insult', policy.categories.insult.flag)}, ${flag('profanity', policy.categories.profanity.flag)},
       ${flag('threat', policy.categories.threat.flag)}, ${flag('hate', policy.categories.hate.flag)}, ${flag('spam', policy.categories.spam.flag)},
       ${flag('personal_data', policy.categories.personalData.flag)},
       tone_label = CASE WHEN tone_compound >= ${policy.tone.positive} THEN 'positive' WHEN tone_compound <= ${policy.tone.negative} THEN 'negative' ELSE 'neutral' END`,
    ),
  );
  const bareUpdateSeconds = Number(process.hrtime.bigint() - bareStarted) / 1e9;
  await app.close();
  rmSync(databasePath, { force: true });
  rmSync(`${databasePath}-wal`, { force: true });
  rmSync(`${databasePath}-shm`, { force: true });

  const ratio = reflagSeconds / bareUpdateSeconds;
  console.log(`re-apply of policy v${job.policyVersion}: ${job.processed.toLocaleString('en')} comments evaluated, ${job.changed.toLocaleString('en')} changed, in ${reflagSeconds.toFixed(1)} s (${Math.round(job.processed / reflagSeconds).toLocaleString('en')} comments/s; target ≤ 60 s)`);
  console.log(`baseline, one bare UPDATE of flags and tone labels: ${bareUpdateSeconds.toFixed(1)} s; re-apply / baseline: ${ratio.toFixed(2)}x; peak RSS ${peakRssMb} MB`);
  console.log(JSON.stringify({ reflagSeconds: Number(reflagSeconds.toFixed(2)), comments: job.processed, changed: job.changed, bareUpdateSeconds: Number(bareUpdateSeconds.toFixed(2)), ratio: Number(ratio.toFixed(2)), peakRssMb }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
