/**
 * Benchmark: Tenor's full scorer (createScorer().score) against vader-sentiment (polarity_scores) on the same German
 * comments of about 300 characters with new words in each (see bench-corpus.ts), single thread. From the repository root:
 *   npm run bench:scoring -- [--comments 100000] [--block 5000] [--warmup 2000] [--seed 2018] [--corpus path]
 *
 * It runs three child processes of compiled JavaScript (see compiled-scoring.ts; under ts-node the TypeScript compiler
 * and the transpiled sources would sit in the measured process), one after the other:
 * 1. tenor alone, in a fresh process: ready time (import to first score) and RSS while it scores all the comments
 *    (seed + 2: the same tweets, other new words than the comparison's);
 * 2. vader alone, the same on VADER_ALONE_COMMENTS comments (vader is slow; its memory settles early);
 * 3. the comparison: each scorer warms up on the same --warmup comments (seed + 1), then both score the corpus (seed)
 *    in blocks, alternating within each block and taking turns going first, so drift on the machine (other processes,
 *    heat) hits both alike. Every call is timed on its own with process.hrtime.bigint(); throughput is comments over
 *    the summed wall time of a scorer's blocks; p50 and p99 are over all calls.
 * RSS is sampled with process.memoryUsage.rss() every RSS_SAMPLE_INTERVAL calls. The last line is one JSON object:
 * {"tenorPerSec", "vaderPerSec", "ratio", "p99Ms", "peakRssMb", "readyMs", ...} (p99, RSS and ready time are Tenor's).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CommentGenerator, novelty, readTweets } from './bench-corpus';

/** RSS is sampled every this many calls: often enough to see a peak, rare enough not to cost (one syscall). */
const RSS_SAMPLE_INTERVAL = 256;
/** Comments vader scores alone for its ready time and memory. */
const VADER_ALONE_COMMENTS = 10_000;
/** Scored once by each scorer to time loading up to a first result. */
const FIRST_COMMENT = 'Erster Kommentar: Die Regierung macht das ganz gut, finde ich.';
/** Children report their figures on a line starting with this; the parent reads it and passes every other line on. */
const RESULT_MARKER = '@bench-result ';
const PHASES = ['tenor-alone', 'vader-alone', 'comparison'] as const;
type Phase = (typeof PHASES)[number];

interface Options {
  comments: number;
  block: number;
  warmup: number;
  seed: number;
  corpus: string;
}

/** What a scorer alone costs in a fresh process. */
interface AloneResult {
  comments: number;
  readyMs: number;
  rssAtStartMb: number;
  peakRssMb: number;
  rssAfterGcMb: number;
  heapAfterGcMb: number;
}

interface ScorerRun {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
}

interface ComparisonResult {
  tenor: ScorerRun;
  vader: ScorerRun;
  blocks: number;
  averageLength: number;
  tweets: number;
  novelShare: number;
  novelWordsPerComment: number;
}

type ScoreFunction = (text: string) => number;

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    comments: 100_000,
    block: 5_000,
    warmup: 2_000,
    seed: 2018,
    corpus: join(process.cwd(), '../shared/datasets/germeval2018/training.txt'),
  };
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (value === undefined) throw new Error(`missing value after ${flag}`);
    if (flag === '--corpus') options.corpus = value;
    else if (flag === '--comments' || flag === '--block' || flag === '--warmup' || flag === '--seed') {
      const number = Number(value);
      if (!Number.isInteger(number) || number < (flag === '--warmup' ? 0 : 1))
        throw new Error(`${flag} needs a positive integer, got ${value}`);
      options[flag.slice(2) as 'comments' | 'block' | 'warmup' | 'seed'] = number;
    } else throw new Error(`unknown flag ${flag}`);
  }
  return options;
}

async function loadTenor(): Promise<ScoreFunction> {
  const { createScorer } = await import('../../libs/scoring/src/index');
  const scorer = createScorer();
  return (text) => scorer.score(text).sentiment.compound;
}

async function loadVader(): Promise<ScoreFunction> {
  const { SentimentIntensityAnalyzer } = await import('vader-sentiment');
  return (text) => SentimentIntensityAnalyzer.polarity_scores(text).compound;
}

const megabytes = (bytes: number): number => bytes / 2 ** 20;
const milliseconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** A scorer alone in this (fresh) process: load and first score, then `count` comments, sampling RSS. */
async function runAlone(name: 'tenor' | 'vader', options: Options, count: number): Promise<AloneResult> {
  const rssAtStart = process.memoryUsage.rss();
  const loadStart = process.hrtime.bigint();
  const score = name === 'tenor' ? await loadTenor() : await loadVader();
  score(FIRST_COMMENT);
  const readyMs = milliseconds(loadStart);
  const generator = new CommentGenerator(readTweets(options.corpus), options.seed + 2);
  let peakRss = process.memoryUsage.rss();
  let checksum = 0;
  // One comment at a time, so the corpus itself does not live long enough to be promoted and counted as the scorer's.
  for (let index = 0; index < count; index++) {
    checksum += score(generator.next());
    if (index % RSS_SAMPLE_INTERVAL === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  if (!Number.isFinite(checksum)) throw new Error(`${name} returned a non-finite compound`);
  return {
    comments: count,
    readyMs,
    rssAtStartMb: megabytes(rssAtStart),
    peakRssMb: megabytes(peakRss),
    rssAfterGcMb: megabytes(memory.rss),
    heapAfterGcMb: megabytes(memory.heapUsed),
  };
}

/** Scores comments one call at a time; returns the wall time in ns and keeps each call's ms (from `offset`) and the RSS peak. */
function scoreBlock(
  score: ScoreFunction,
  comments: readonly string[],
  offset: number,
  latenciesMs: Float64Array,
  peak: { rss: number; checksum: number },
): number {
  const blockStart = process.hrtime.bigint();
  let checksum = 0;
  for (let index = 0; index < comments.length; index++) {
    const callStart = process.hrtime.bigint();
    checksum += score(comments[index]);
    latenciesMs[offset + index] = Number(process.hrtime.bigint() - callStart) / 1e6;
    if (index % RSS_SAMPLE_INTERVAL === 0) peak.rss = Math.max(peak.rss, process.memoryUsage.rss());
  }
  const elapsed = Number(process.hrtime.bigint() - blockStart);
  peak.checksum += checksum;
  return elapsed;
}

function percentile(sorted: Float64Array, share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

function summarize(count: number, elapsedNs: number, latenciesMs: Float64Array, peakRss: number): ScorerRun {
  const sorted = latenciesMs.slice().sort();
  return {
    perSecond: count / (elapsedNs / 1e9),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    peakRssMb: megabytes(peakRss),
  };
}

/** Both scorers in this process: the same warm-up each, then alternating blocks of the corpus. */
async function runComparison(options: Options): Promise<ComparisonResult> {
  const tweets = readTweets(options.corpus);
  const tenor = await loadTenor();
  const vader = await loadVader();
  const warmupComments = new CommentGenerator(tweets, options.seed + 1).take(options.warmup);
  const warmupLatencies = new Float64Array(warmupComments.length);
  const warmupPeak = { rss: 0, checksum: 0 };
  scoreBlock(tenor, warmupComments, 0, warmupLatencies, warmupPeak);
  scoreBlock(vader, warmupComments, 0, warmupLatencies, warmupPeak);

  const generator = new CommentGenerator(tweets, options.seed);
  const tenorLatencies = new Float64Array(options.comments);
  const vaderLatencies = new Float64Array(options.comments);
  const tenorPeak = { rss: 0, checksum: 0 };
  const vaderPeak = { rss: 0, checksum: 0 };
  let tenorNs = 0;
  let vaderNs = 0;
  let characters = 0;
  const blocks = Math.ceil(options.comments / options.block);
  for (let block = 0; block < blocks; block++) {
    const offset = block * options.block;
    const comments = generator.take(Math.min(options.block, options.comments - offset));
    for (const comment of comments) characters += comment.length;
    const runTenor = (): void => {
      tenorNs += scoreBlock(tenor, comments, offset, tenorLatencies, tenorPeak);
    };
    const runVader = (): void => {
      vaderNs += scoreBlock(vader, comments, offset, vaderLatencies, vaderPeak);
    };
    if (block % 2 === 0) {
      runTenor();
      runVader();
    } else {
      runVader();
      runTenor();
    }
  }
  const { share, perComment } = novelty(new CommentGenerator(tweets, options.seed), options.comments);
  return {
    tenor: summarize(options.comments, tenorNs, tenorLatencies, tenorPeak.rss),
    vader: summarize(options.comments, vaderNs, vaderLatencies, vaderPeak.rss),
    blocks,
    averageLength: characters / options.comments,
    tweets: tweets.length,
    novelShare: share,
    novelWordsPerComment: perComment,
  };
}

async function runPhase(phase: Phase, options: Options): Promise<unknown> {
  if (phase === 'tenor-alone') return runAlone('tenor', options, options.comments);
  if (phase === 'vader-alone')
    return runAlone('vader', options, Math.min(options.comments, VADER_ALONE_COMMENTS));
  return runComparison(options);
}

/** Runs one phase in a fresh process of the compiled benchmark; returns what it reported. */
async function runChild<Result>(script: string, argv: readonly string[], phase: Phase): Promise<Result> {
  const child = spawn(process.execPath, ['--expose-gc', script, ...argv, '--phase', phase], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let result: Result | undefined;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (line.startsWith(RESULT_MARKER)) result = JSON.parse(line.slice(RESULT_MARKER.length)) as Result;
    else console.log(line);
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0 || result === undefined)
    throw new Error(`benchmark phase ${phase} failed (exit code ${code})`);
  return result;
}

/** The compiled benchmark: this file when it already is JavaScript, else the cached compilation of it. */
async function compiledScript(): Promise<string> {
  if (!__filename.endsWith('.ts')) return __filename;
  const { compiledPath, ensureCompiled } = await import('./compiled-scoring');
  const files = ['tools/scoring/bench-scoring.ts', 'tools/scoring/bench-corpus.ts'];
  return compiledPath(ensureCompiled(files), files[0]);
}

async function main(argv: readonly string[]): Promise<void> {
  const phaseIndex = argv.indexOf('--phase');
  if (phaseIndex >= 0) {
    const phase = argv[phaseIndex + 1] as Phase;
    if (!PHASES.includes(phase)) throw new Error(`unknown phase ${phase}`);
    const options = parseOptions([...argv.slice(0, phaseIndex), ...argv.slice(phaseIndex + 2)]);
    console.log(`${RESULT_MARKER}${JSON.stringify(await runPhase(phase, options))}`);
    return;
  }
  const options = parseOptions(argv);
  const script = await compiledScript();
  console.log(
    `tenor alone: ${options.comments} comments (seed ${options.seed + 2}); vader alone: ${Math.min(options.comments, VADER_ALONE_COMMENTS)}; then both, alternating ...`,
  );
  const tenorAlone = await runChild<AloneResult>(script, argv, 'tenor-alone');
  const vaderAlone = await runChild<AloneResult>(script, argv, 'vader-alone');
  const comparison = await runChild<ComparisonResult>(script, argv, 'comparison');
  const { tenor, vader } = comparison;
  console.log(
    `corpus: ${options.comments} comments, average ${comparison.averageLength.toFixed(0)} characters, from ${comparison.tweets} GermEval 2018 tweets, seed ${options.seed}; ${(comparison.novelShare * 100).toFixed(1)}% of comments have a word no earlier comment has (${comparison.novelWordsPerComment.toFixed(2)} per comment)`,
  );
  console.log(
    `order: compiled JavaScript, single thread; warm-up ${options.warmup} comments each (seed ${options.seed + 1}), then ${comparison.blocks} blocks of up to ${options.block} comments, Tenor and vader alternating, Tenor first in even blocks`,
  );
  for (const [name, run, alone] of [
    ['tenor', tenor, tenorAlone],
    ['vader', vader, vaderAlone],
  ] as const) {
    console.log(
      `${name}: ${run.perSecond.toFixed(0)} comments/s, p50 ${run.p50Ms.toFixed(3)} ms, p99 ${run.p99Ms.toFixed(3)} ms | alone (${alone.comments} comments, fresh process): ready ${alone.readyMs.toFixed(1)} ms, peak RSS ${alone.peakRssMb.toFixed(0)} MB (${alone.rssAtStartMb.toFixed(0)} MB at start; ${alone.rssAfterGcMb.toFixed(0)} MB RSS, ${alone.heapAfterGcMb.toFixed(0)} MB heap after a full GC)`,
    );
  }
  console.log(
    `ratio tenor/vader: ${(tenor.perSecond / vader.perSecond).toFixed(2)}x; process peak RSS during the comparison (both loaded): ${Math.max(tenor.peakRssMb, vader.peakRssMb).toFixed(0)} MB`,
  );
  console.log(
    JSON.stringify({
      tenorPerSec: Math.round(tenor.perSecond),
      vaderPerSec: Math.round(vader.perSecond),
      ratio: Number((tenor.perSecond / vader.perSecond).toFixed(2)),
      p99Ms: Number(tenor.p99Ms.toFixed(3)),
      peakRssMb: Math.round(tenorAlone.peakRssMb),
      readyMs: Number(tenorAlone.readyMs.toFixed(1)),
      p50Ms: Number(tenor.p50Ms.toFixed(3)),
      vaderP99Ms: Number(vader.p99Ms.toFixed(3)),
      vaderPeakRssMb: Math.round(vaderAlone.peakRssMb),
      comments: options.comments,
    }),
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
