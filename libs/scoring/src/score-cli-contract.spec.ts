import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RISK_CATEGORIES, TONE_LABELS } from '@tenor/contracts';
import { createScorer } from './scorer';
import { SCORER_VERSION } from './scorer-version';

/**
 * The batch CLI (tools/scoring/score-cli.ts) as a real child process: the NDJSON contract Tenor is evaluated through.
 * It lives here because the scoring lib's Jest project is where the scorer's behaviour is tested.
 */
const ROOT = join(__dirname, '../../..');
const TS_NODE = join(ROOT, 'node_modules/ts-node/dist/bin.js');
const CLI_ARGUMENTS = [
  TS_NODE,
  '--transpile-only',
  '--project',
  'tools/scoring/tsconfig.json',
  'tools/scoring/score-cli.ts',
];
/** The first start may compile the library into node_modules/.cache (a few seconds). */
const CLI_TIMEOUT_MS = 120_000;

const LONG_TEXT = 'Die Regierung hat versagt, und das schon seit Jahren! Ich finde das ärgerlich. '.repeat(
  1300,
);
const INPUT_OBJECTS = {
  insult: { id: 1, text: 'Du bist ein Idiot!' },
  english: { id: 'en-1', text: 'This is the best article I have read about the war so far.', lang: 'en' },
  forcedGerman: {
    id: 'de-1',
    text: 'This is the best article I have read about the war so far.',
    lang: 'de',
  },
  nullLang: { id: 'null-lang', text: 'Ein sachlicher Beitrag, danke.', lang: null },
  unicode: { id: 12, text: 'Emoji 😀 und Ümlaute: Du A****loch! 👍🏽 Straße\u2028Zeile' },
  long: { id: 'long', text: LONG_TEXT },
};
/** Input lines and what each must give: a result for the object, an error (with or without id), or nothing. */
const CASES: {
  line: string;
  expect: { result: keyof typeof INPUT_OBJECTS } | { error: true; id?: unknown } | 'skip';
}[] = [
  { line: JSON.stringify(INPUT_OBJECTS.insult), expect: { result: 'insult' } },
  { line: '', expect: 'skip' },
  { line: '   \t ', expect: 'skip' },
  { line: `${JSON.stringify(INPUT_OBJECTS.english)}\r`, expect: { result: 'english' } },
  { line: JSON.stringify(INPUT_OBJECTS.forcedGerman), expect: { result: 'forcedGerman' } },
  { line: 'not json at all', expect: { error: true } },
  { line: '{"id": 7}', expect: { error: true, id: 7 } },
  { line: '{"id": "8", "text": 42}', expect: { error: true, id: '8' } },
  { line: '{"id": true, "text": "x"}', expect: { error: true } },
  { line: '{"text": "no id"}', expect: { error: true } },
  { line: '{"id": 10, "text": "x", "lang": "fr"}', expect: { error: true, id: 10 } },
  { line: '[1, 2]', expect: { error: true } },
  { line: JSON.stringify(INPUT_OBJECTS.nullLang), expect: { result: 'nullLang' } },
  { line: JSON.stringify(INPUT_OBJECTS.unicode), expect: { result: 'unicode' } },
  { line: JSON.stringify(INPUT_OBJECTS.long), expect: { result: 'long' } },
  { line: '', expect: 'skip' },
];
const INPUT = CASES.map((entry) => entry.line).join('\n') + '\n';

const scorer = createScorer();
let directory: string;

function runCli(args: readonly string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...CLI_ARGUMENTS, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: CLI_TIMEOUT_MS,
  });
}

/** Checks one output line against the contract and, for results, against the scorer in this process. */
function expectContract(outputLine: string, expected: (typeof CASES)[number]['expect']): void {
  const output = JSON.parse(outputLine) as Record<string, unknown>;
  if (expected === 'skip') throw new Error('a skipped line produced output');
  if ('error' in expected) {
    expect(Object.keys(output)).toEqual(expected.id === undefined ? ['error'] : ['id', 'error']);
    expect(typeof output.error).toBe('string');
    if (expected.id !== undefined) expect(output.id).toBe(expected.id);
    return;
  }
  const input = INPUT_OBJECTS[expected.result];
  const language = 'lang' in input && input.lang ? (input.lang as 'de' | 'en') : undefined;
  expect(output).toEqual({ id: input.id, ...scorer.score(input.text, language ? { language } : undefined) });
  expect(Object.keys(output)).toEqual(['id', 'language', 'sentiment', 'risk', 'scorerVersion']);
  const sentiment = output.sentiment as Record<string, unknown>;
  expect(Object.keys(sentiment)).toEqual(['compound', 'pos', 'neu', 'neg', 'label']);
  expect(TONE_LABELS).toContain(sentiment.label);
  const risk = output.risk as { categories: Record<string, { evidence: Record<string, unknown>[] }> };
  expect(Object.keys(risk)).toEqual(['score', 'flagged', 'categories']);
  expect(Object.keys(risk.categories)).toEqual([...RISK_CATEGORIES]);
  for (const category of Object.values(risk.categories)) {
    expect(Object.keys(category)).toEqual(['score', 'flagged', 'evidence']);
    for (const span of category.evidence) {
      expect(Object.keys(span)).toEqual(['start', 'end', 'text', 'rule']);
      expect(input.text.slice(span.start as number, span.end as number)).toBe(span.text);
    }
  }
  expect(output.scorerVersion).toBe(SCORER_VERSION);
  if (language !== undefined) expect(output.language).toBe(language);
}

function expectContractOutput(stdout: string): void {
  const outputLines = stdout.split('\n');
  expect(outputLines.pop()).toBe('');
  const expected = CASES.map((entry) => entry.expect).filter((entry) => entry !== 'skip');
  expect(outputLines).toHaveLength(expected.length);
  outputLines.forEach((line, index) => expectContract(line, expected[index]));
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'tenor-score-cli-'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('score CLI: NDJSON contract', () => {
  it(
    'scores a file line by line, in order, with errors for bad lines and nothing for blank ones',
    () => {
      const path = join(directory, 'comments.ndjson');
      writeFileSync(path, INPUT);
      const run = runCli([path]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expectContractOutput(run.stdout);
      expect(run.stdout).toContain('"insult":{"score":');
      expect(JSON.parse(run.stdout.split('\n')[0]).risk.categories.insult.flagged).toBe(true);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'reads standard input the same way, also with "-"',
    () => {
      const fromStdin = runCli([], INPUT);
      expect(fromStdin.status).toBe(0);
      expectContractOutput(fromStdin.stdout);
      expect(runCli(['-'], INPUT).stdout).toBe(fromStdin.stdout);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'streams many lines in order',
    () => {
      const lines = Array.from({ length: 3000 }, (_, index) =>
        JSON.stringify({
          id: index,
          text: `Kommentar Nummer ${index}: Das ist ${index % 2 ? 'gut' : 'schlecht'}.`,
        }),
      );
      const run = runCli([], `${lines.join('\r\n')}\r\n`);
      expect(run.status).toBe(0);
      const ids = run.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: number }).id);
      expect(ids).toEqual(lines.map((_, index) => index));
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'fails with a message on standard error and no output for an unreadable file',
    () => {
      const run = runCli([join(directory, 'missing.ndjson')]);
      expect(run.status).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/cannot read .*missing\.ndjson/);
      const directoryRun = runCli([directory]);
      expect(directoryRun.status).not.toBe(0);
      expect(directoryRun.stderr).toMatch(/cannot read/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'prints nothing but NDJSON when run as `npm run --silent score`',
    () => {
      const run = spawnSync('npm', ['run', '--silent', 'score'], {
        cwd: ROOT,
        input: INPUT,
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
        timeout: CLI_TIMEOUT_MS,
      });
      expect(run.status).toBe(0);
      expectContractOutput(run.stdout);
    },
    CLI_TIMEOUT_MS,
  );
});
