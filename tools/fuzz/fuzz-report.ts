import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Enough cases per property to catch what a spec-by-example misses, few enough that the fuzz specs add about forty
// seconds to `npm test` on two cores (most of it the start-up of each spec file); `npm run test:fuzz` runs ten times as
// many.
/** Property runs per fuzz property when TENOR_FUZZ_RUNS is not set. */
export const DEFAULT_FUZZ_RUNS = 20;

/** What one fuzz target did: how many inputs it tried, and its slowest one. */
export interface FuzzTargetReport {
  target: string;
  cases: number;
  /** The longest single case, in milliseconds (one input through the code under test, checks excluded). */
  slowestMs: number;
  /** What that input was: its kind and length. */
  slowestInput: string;
}

// A failing input of a megabyte would fill the terminal; its kind and length are in the report, its start is enough here.
const MAX_FAILURE_MESSAGE_LENGTH = 2_000;

/**
 * fast-check parameters of one property: TENOR_FUZZ_RUNS runs (times `share` for costly ones), TENOR_FUZZ_SEED when
 * set, and a failure message cut to a readable length (the seed and path to replay it stay in it).
 */
export function fuzzParameters<T>(share = 1): fc.Parameters<T> {
  const numRuns = Math.max(1, Math.round(fuzzRuns() * share));
  const seed = process.env['TENOR_FUZZ_SEED'];
  const reporter = (details: fc.RunDetails<T>) => {
    if (!details.failed) return;
    const message = fc.defaultReportMessage(details) ?? 'property failed';
    throw new Error(
      message.length <= MAX_FAILURE_MESSAGE_LENGTH
        ? message
        : `${message.slice(0, MAX_FAILURE_MESSAGE_LENGTH)}… (cut)`,
      { cause: details.errorInstance },
    );
  };
  return seed === undefined || seed === ''
    ? { numRuns, reporter }
    : { numRuns, reporter, seed: Number(seed) };
}

/** TENOR_FUZZ_RUNS as a positive integer, DEFAULT_FUZZ_RUNS when unset. */
export function fuzzRuns(): number {
  const value = process.env['TENOR_FUZZ_RUNS'];
  if (value === undefined || value === '') return DEFAULT_FUZZ_RUNS;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`TENOR_FUZZ_RUNS must be a positive integer, got "${value}"`);
  return runs;
}

/** A short description of an input for the report: its kind and its length in characters or bytes. */
export function describeInput(kind: string, input: string | Uint8Array): string {
  return typeof input === 'string' ? `${kind}, ${input.length} chars` : `${kind}, ${input.length} bytes`;
}

/** Counts the cases of one fuzz target and remembers its slowest input. */
export class FuzzRecorder {
  private cases = 0;
  private slowestMs = 0;
  private slowestInput = '';

  constructor(readonly target: string) {}

  /** Runs one case and times it; whatever it returns or throws passes through. */
  time<T>(input: string, action: () => T): T {
    const started = performance.now();
    try {
      return action();
    } finally {
      this.record(input, performance.now() - started);
    }
  }

  /** `time` for a case that finishes asynchronously (an HTTP request). */
  async timeAsync<T>(input: string, action: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await action();
    } finally {
      this.record(input, performance.now() - started);
    }
  }

  /** Counts a case measured elsewhere (a timing-growth sample). */
  record(input: string, milliseconds: number): void {
    this.cases++;
    if (milliseconds >= this.slowestMs) {
      this.slowestMs = milliseconds;
      this.slowestInput = input;
    }
  }

  report(): FuzzTargetReport {
    return {
      target: this.target,
      cases: this.cases,
      slowestMs: Math.round(this.slowestMs * 100) / 100,
      slowestInput: this.slowestInput,
    };
  }

  /** Writes the report as `<target>.json` into TENOR_FUZZ_REPORT_DIR; returns its path, or null when the variable is unset. */
  write(): string | null {
    const directory = process.env['TENOR_FUZZ_REPORT_DIR'];
    if (directory === undefined || directory === '') return null;
    mkdirSync(directory, { recursive: true });
    const path = join(directory, `${this.target.replace(/[^\w.-]/g, '_')}.json`);
    writeFileSync(path, `${JSON.stringify(this.report(), null, 2)}\n`);
    return path;
  }
}

/** A recorder for one target of a spec file, its report written once the file's tests have run. */
export function fuzzTarget(target: string): FuzzRecorder {
  const recorder = new FuzzRecorder(target);
  afterAll(() => {
    recorder.write();
  });
  return recorder;
}
