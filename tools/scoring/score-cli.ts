/**
 * Batch scoring, NDJSON in and out: how Tenor is evaluated from outside. From the repository root:
 *   npm run --silent score -- [file]        (no file, or "-": standard input)
 *
 * Each input line is a JSON object {"id": string | number, "text": string, "lang"?: "de" | "en" | null}. For each one
 * line goes out, in input order: {"id", "language", "sentiment": {"compound", "pos", "neu", "neg", "label"},
 * "risk": {"score", "flagged", "categories": {"<category>": {"score", "flagged", "evidence": [{"start", "end", "text",
 * "rule"}]}}}, "scorerVersion"}, i.e. @tenor/contracts' ScoreResult with the id first. "lang" overrides language
 * detection (null or absent: detect). A line that is not such an object gets {"id", "error"} instead (the id only when
 * it was a string or number), and the run goes on. Blank lines (only white space) are skipped and produce no output.
 * Evidence offsets are UTF-16 code units into "text", end exclusive.
 *
 * Standard output carries nothing but the result lines; messages go to standard error. Exit code: 0 when the input was
 * read to its end (bad lines included), 1 when it could not be read (or output was closed early), 2 for wrong usage.
 * Lines are read and written as streams (CRLF or LF, any size), so memory stays flat on inputs of any length.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CategoryRisk, Language, RiskCategory, ScoreResult } from '@tenor/contracts';
import type * as ScoringLibrary from '../../libs/scoring/src/index';
import { RISK_CATEGORY_ORDER } from '../../libs/scoring/src/risk/risk-categories';

type Scorer = ScoringLibrary.Scorer;

/** Output is written in pieces of about this many characters, or when the input pauses (one write per input chunk). */
const FLUSH_SIZE = 1 << 16;
const USAGE =
  'usage: npm run --silent score -- [file]   (NDJSON lines {"id","text","lang"?}; no file or "-": stdin)';

/** An input line that could not be scored: the message, and the id when it could be read. */
interface LineError {
  id?: string | number;
  error: string;
}

/** One output line (without the line break) for one input line; undefined for a blank line, which is skipped. */
export function scoreLine(line: string, scorer: Scorer): string | undefined {
  if (isBlank(line)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({
      error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return JSON.stringify({ error: 'a line must be a JSON object' } satisfies LineError);
  const { id, text, lang } = parsed as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number')
    return JSON.stringify({
      error: id === undefined ? 'missing id' : 'id must be a string or a number',
    } satisfies LineError);
  if (typeof text !== 'string')
    return JSON.stringify({
      id,
      error: text === undefined ? 'missing text' : 'text must be a string',
    } satisfies LineError);
  if (lang !== undefined && lang !== null && lang !== 'de' && lang !== 'en')
    return JSON.stringify({
      id,
      error: `lang must be "de" or "en", got ${JSON.stringify(lang)}`,
    } satisfies LineError);
  let result: ScoreResult;
  try {
    result = scorer.score(text, typeof lang === 'string' ? { language: lang as Language } : undefined);
  } catch (error) {
    return JSON.stringify({
      id,
      error: `scoring failed: ${error instanceof Error ? error.message : String(error)}`,
    } satisfies LineError);
  }
  return JSON.stringify(toOutputLine(id, result));
}

/** The result in exactly the contract's shape and key order, whatever else a ScoreResult might carry. */
function toOutputLine(id: string | number, result: ScoreResult): ScoreResult & { id: string | number } {
  const { sentiment, risk } = result;
  const categories = {} as Record<RiskCategory, CategoryRisk>;
  for (const category of RISK_CATEGORY_ORDER) {
    const { score, flagged, evidence } = risk.categories[category];
    categories[category] = {
      score,
      flagged,
      evidence: evidence.map(({ start, end, text, rule }) => ({ start, end, text, rule })),
    };
  }
  return {
    id,
    language: result.language,
    sentiment: {
      compound: sentiment.compound,
      pos: sentiment.pos,
      neu: sentiment.neu,
      neg: sentiment.neg,
      label: sentiment.label,
    },
    risk: { score: risk.score, flagged: risk.flagged, categories },
    scorerVersion: result.scorerVersion,
  };
}

/** Whether a line is empty or white space only; a line starting with a visible ASCII character is decided at once. */
function isBlank(line: string): boolean {
  if (line.length === 0) return true;
  const first = line.charCodeAt(0);
  return first > 0x20 && first < 0x7f ? false : line.trim() === '';
}

/**
 * Scores every line of `input` onto `output`, in order; resolves once the input is read and the output flushed.
 * Rejects with the input's error when it cannot be read. Output back-pressure pauses the reading.
 */
export async function scoreStream(input: Readable, output: Writable, scorer: Scorer): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let inputError: Error | undefined;
  input.on('error', (error: Error) => {
    inputError = error;
    lines.close();
  });
  let pending = '';
  let isFlushScheduled = false;
  let isFirstLine = true;
  const flush = (): void => {
    isFlushScheduled = false;
    if (pending === '') return;
    const isWritable = output.write(pending);
    pending = '';
    if (!isWritable) {
      lines.pause();
      output.once('drain', () => lines.resume());
    }
  };
  lines.on('line', (line: string) => {
    const withoutBom = isFirstLine && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    isFirstLine = false;
    const scored = scoreLine(withoutBom, scorer);
    if (scored === undefined) return;
    pending += `${scored}\n`;
    if (pending.length >= FLUSH_SIZE) flush();
    else if (!isFlushScheduled) {
      isFlushScheduled = true;
      setImmediate(flush);
    }
  });
  await once(lines, 'close');
  flush();
  if (inputError !== undefined) throw inputError;
  if (output.writableNeedDrain) await once(output, 'drain');
}

/** The scorer, from the compiled cache when it can be built (fast start), else from the TypeScript sources. */
async function loadScoringLibrary(): Promise<typeof ScoringLibrary> {
  try {
    const { compiledPath, ensureCompiled } = await import('./compiled-scoring');
    return (await import(
      compiledPath(ensureCompiled(), 'libs/scoring/src/index.ts')
    )) as typeof ScoringLibrary;
  } catch {
    return import('../../libs/scoring/src/index');
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const operands = argv.filter((argument) => argument !== '--');
  if (operands.includes('--help') || operands.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (operands.length > 1 || (operands.length === 1 && operands[0].startsWith('-') && operands[0] !== '-')) {
    process.stderr.write(`score: unexpected arguments ${operands.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const path = operands.length === 1 && operands[0] !== '-' ? operands[0] : undefined;
  const input = path === undefined ? process.stdin : createReadStream(path);
  if (path !== undefined) {
    try {
      await once(input, 'open');
    } catch (error) {
      process.stderr.write(`score: cannot read ${path}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const { createScorer } = await loadScoringLibrary();
  const scorer = createScorer();
  let isOutputClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    isOutputClosed = true;
    input.destroy(error);
  });
  try {
    await scoreStream(input, process.stdout, scorer);
  } catch (error) {
    if (isOutputClosed) return 1;
    process.stderr.write(`score: cannot read ${path ?? 'standard input'}: ${(error as Error).message}\n`);
    return 1;
  }
  return isOutputClosed ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      process.stderr.write(
        `score: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
