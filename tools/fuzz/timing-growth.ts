import { describeInput, type FuzzRecorder } from './fuzz-report';

/** How the time of an action grew from a small input to one `factor` times as large. */
export interface Growth {
  /** Best time of one run on the small input, in milliseconds. */
  smallMs: number;
  /** Best time of one run on the large input, in milliseconds. */
  largeMs: number;
  /** largeMs / smallMs. */
  ratio: number;
  /** How much larger the large input is. */
  factor: number;
  /** The ratio this must stay below: half of what quadratic growth gives (factor²). */
  limit: number;
}

/** Settings of a growth measurement. */
export interface GrowthOptions {
  /** Samples per size; the fastest counts, as noise only ever adds time. Default 5. */
  samples?: number;
  /** A sample repeats the action until this much time has passed and divides, so fast actions are not timer noise. Default 2 ms. */
  minSampleMs?: number;
}

// Quadratic growth gives factor² (64 for 8×), linear growth factor (8). Half of factor² leaves linear code four times
// its expected ratio for noise (two shared cores, other jobs, garbage collection), and still fails any code whose time is
// dominated by a quadratic term at the small size already.
const LIMIT_SHARE_OF_QUADRATIC = 0.5;
const DEFAULT_SAMPLES = 5;
const DEFAULT_MIN_SAMPLE_MS = 2;
// A measurement over the limit is repeated once: a burst of load on the machine during the large samples can fake a
// bad ratio, a quadratic algorithm fails both times.
const ATTEMPTS = 2;
const DEFAULT_FACTOR = 8;

/**
 * Times `small` and `large` (the same work on inputs of size n and factor·n) in alternation, best of several samples
 * each, and returns the growth; measured again once when the ratio is over the limit.
 */
export function measureGrowth(
  small: () => unknown,
  large: () => unknown,
  factor: number,
  options: GrowthOptions = {},
): Growth {
  let growth = measureOnce(small, large, factor, options);
  for (let attempt = 1; attempt < ATTEMPTS && growth.ratio >= growth.limit; attempt++) {
    const again = measureOnce(small, large, factor, options);
    if (again.ratio < growth.ratio) growth = again;
  }
  return growth;
}

/** Throws a readable error when the growth is over its limit (super-linear); `label` names the case. */
export function assertNearLinear(growth: Growth, label: string): void {
  if (growth.ratio < growth.limit) return;
  throw new Error(
    `${label}: ${growth.factor}× the input took ${growth.ratio.toFixed(1)}× the time ` +
      `(${growth.smallMs.toFixed(3)} ms → ${growth.largeMs.toFixed(3)} ms), more than the ${growth.limit}× allowed`,
  );
}

function measureOnce(
  small: () => unknown,
  large: () => unknown,
  factor: number,
  options: GrowthOptions,
): Growth {
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const minSampleMs = options.minSampleMs ?? DEFAULT_MIN_SAMPLE_MS;
  // One untimed run each, so compilation and first-use caches are not measured.
  small();
  large();
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let sample = 0; sample < samples; sample++) {
    smallMs = Math.min(smallMs, millisecondsPerRun(small, minSampleMs));
    largeMs = Math.min(largeMs, millisecondsPerRun(large, minSampleMs));
  }
  return {
    smallMs,
    largeMs,
    ratio: largeMs / Math.max(smallMs, Number.EPSILON),
    factor,
    limit: LIMIT_SHARE_OF_QUADRATIC * factor * factor,
  };
}

function millisecondsPerRun(action: () => unknown, minSampleMs: number): number {
  let runs = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    action();
    runs++;
    elapsed = performance.now() - started;
  } while (elapsed < minSampleMs);
  return elapsed / runs;
}

/** A timing-growth case of a fuzz target: one kind of adversarial input at two sizes. */
export interface GrowthCase<T> extends GrowthOptions {
  /** What the input is, for the report and the failure message ("one line of '1. A '"). */
  kind: string;
  /** The input of a given size (characters, lines, records: whatever the kind grows in). */
  inputOf(size: number): T;
  /** The work timed; its result is ignored, and the errors it is documented to throw should be caught by it. */
  run(input: T): unknown;
  /** The small size; the large one is `factor` times it. */
  size: number;
  /** Default 8. */
  factor?: number;
}

/** Measures a growth case, reports its large input to the recorder, and throws when the time grows super-linearly. */
export function checkLinearGrowth<T>(recorder: FuzzRecorder, growthCase: GrowthCase<T>): Growth {
  const factor = growthCase.factor ?? DEFAULT_FACTOR;
  const small = growthCase.inputOf(growthCase.size);
  const large = growthCase.inputOf(growthCase.size * factor);
  const growth = measureGrowth(
    () => growthCase.run(small),
    () => growthCase.run(large),
    factor,
    growthCase,
  );
  const measured =
    typeof large === 'string' || large instanceof Uint8Array ? large : (JSON.stringify(large) ?? '');
  recorder.record(describeInput(`${growthCase.kind} (timing)`, measured), growth.largeMs);
  assertNearLinear(growth, growthCase.kind);
  return growth;
}
