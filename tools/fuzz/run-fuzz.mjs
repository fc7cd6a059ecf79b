#!/usr/bin/env node
// npm run test:fuzz [-- --runs N]: runs only the fuzz specs (*.fuzz.spec.ts, *-fuzz.e2e-spec.ts) with more cases than
// `npm test` gives them, then prints per target how many inputs it tried and its slowest one, and a final JSON line.
// Exits non-zero when a spec fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Ten times the default of the specs (DEFAULT_FUZZ_RUNS in fuzz-report.ts): a few minutes on two cores.
const DEFAULT_RUNS = 200;
const FUZZ_SPECS = '\\.fuzz\\.spec\\.ts$|-fuzz\\.e2e-spec\\.ts$';
// One property may take minutes at many runs; Jest's default of five seconds (sixty in this workspace) is for unit tests.
const TEST_TIMEOUT_MS = 15 * 60_000;

/** The number after `--runs`, or the default. */
function runsOf(argv) {
  const index = argv.indexOf('--runs');
  if (index === -1) return DEFAULT_RUNS;
  const runs = Number(argv[index + 1]);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs needs a positive integer, got "${argv[index + 1] ?? ''}"`);
    process.exit(2);
  }
  return runs;
}

/** The reports the specs wrote, one per target, sorted by target. */
function readReports(directory) {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json') && name !== 'jest-results.json')
    .map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')))
    .sort((a, b) => a.target.localeCompare(b.target));
}

function printTable(reports) {
  const rows = [
    ['target', 'cases', 'slowest ms', 'slowest input'],
    ...reports.map((report) => [
      report.target,
      String(report.cases),
      report.slowestMs.toFixed(1),
      report.slowestInput,
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 1 || column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${line(rows[0])}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('');
}

const runs = runsOf(process.argv.slice(2));
const reportDirectory = mkdtempSync(join(tmpdir(), 'tenor-fuzz-'));
const resultsFile = join(reportDirectory, 'jest-results.json');
console.log(`fuzz specs with TENOR_FUZZ_RUNS=${runs}, reports in ${reportDirectory}`);
const jest = spawnSync(
  process.execPath,
  [
    join(ROOT, 'node_modules/jest/bin/jest.js'),
    '--testPathPatterns',
    FUZZ_SPECS,
    '--testTimeout',
    String(TEST_TIMEOUT_MS),
    '--json',
    '--outputFile',
    resultsFile,
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TENOR_FUZZ_RUNS: String(runs), TENOR_FUZZ_REPORT_DIR: reportDirectory },
  },
);
const reports = readReports(reportDirectory);
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : null;
const failures = results === null ? 1 : results.numFailedTests + results.numRuntimeErrorTestSuites;
printTable(reports);
const slowest = reports.reduce(
  (most, report) => (most === null || report.slowestMs > most.slowestMs ? report : most),
  null,
);
const summary = {
  cases: reports.reduce((sum, report) => sum + report.cases, 0),
  slowestMs: slowest?.slowestMs ?? 0,
  slowestTarget: slowest?.target ?? '',
  failures,
};
console.log(JSON.stringify(summary));
rmSync(reportDirectory, { recursive: true, force: true });
const isFailed = jest.status !== 0 || failures > 0 || reports.length === 0;
process.exit(isFailed ? jest.status || 1 : 0);
