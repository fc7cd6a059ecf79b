/**
 * Hostile-thread detection: a rolling-baseline binomial lift test.
 *
 * For each hour h of one article's hourly series, the window is the hours (h - windowHours, h]. Its
 * baseline is the hostile share of the `baselineHours` hours before the window, shrunk toward the
 * site-wide prior with PRIOR_PSEUDO_COMMENTS pseudo-comments, so a young or quiet article starts at the
 * site's share and moves to its own as comments arrive. The window fires when it holds at least
 * `minComments` comments, its share exceeds the baseline by at least `minLift`, and the one-sided z-score
 * of that rise under a binomial with the baseline share is at least `minZ`. Firing windows that overlap
 * or touch merge into one episode, reported with its whole extent and its peak (highest z) window. Prefix
 * sums make every window and baseline O(1), so a series costs O(hours); detection judges only the windows that
 * hold comments.
 */
import type { AlertSettings } from '@tenor/contracts';
import { hourKeyToMs, MILLISECONDS_PER_HOUR } from './berlin-time';

/** Comments of one article in one UTC hour, and how many of them carry the signal (negative tone, or flagged). */
export interface HourlySignalCount {
  hourKey: string;
  count: number;
  hostile: number;
}

/** One hour's window as the detector judged it. */
export interface HostileWindowScore {
  /** The window (ISO instants, end exclusive): the `windowHours` hours up to and including one hour, clipped to the series' first hour. */
  windowStart: string;
  windowEnd: string;
  count: number;
  hostile: number;
  /** hostile / count, 0 for an empty window. */
  share: number;
  /** The shrunken baseline share the window is compared with. */
  baseline: number;
  /** (share - baseline) / sqrt(baseline × (1 - baseline) / count), 0 for an empty window. */
  zScore: number;
  /** Whether the window passes minComments, minLift and minZ. */
  isFiring: boolean;
}

/** A run of overlapping or adjacent firing windows: its extent, and the numbers of its peak window. */
export interface HostileEpisode {
  /** Start of the first firing window and end (exclusive) of the last, ISO instants. */
  windowStart: string;
  windowEnd: string;
  /** The firing window with the highest z-score, ISO instants (end exclusive). */
  peakWindowStart: string;
  peakWindowEnd: string;
  /** Comments, hostile comments, share, baseline and z-score of the peak window. */
  count: number;
  hostile: number;
  share: number;
  baseline: number;
  zScore: number;
}

/** Detection settings used until an admin changes them; no webhook. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  windowHours: 3,
  baselineHours: 24,
  minComments: 10,
  minLift: 0.15,
  minZ: 4,
  webhookUrl: null,
};

// Weight of the site prior in the baseline, in comments: a baseline of 20 comments counts as much as the
// prior, so an article needs an evening of comments before its own share dominates.
/** Pseudo-comments of the site-wide prior share mixed into every baseline. */
export const PRIOR_PSEUDO_COMMENTS = 20;

// A baseline of exactly 0 or 1 (prior 0 and no hostile comment yet) has zero variance and would give an
// infinite z-score to any single hostile comment; 1 % keeps the test meaningful.
/** The baseline share used for the z-score is clamped to [BASELINE_EPSILON, 1 - BASELINE_EPSILON]. */
export const BASELINE_EPSILON = 0.01;

interface DenseSeries {
  firstMs: number;
  countPrefix: Float64Array;
  hostilePrefix: Float64Array;
}

function assertInputs(hours: readonly HourlySignalCount[], prior: number, settings: AlertSettings): void {
  if (!(prior >= 0 && prior <= 1)) throw new RangeError(`prior share must be within 0..1: ${prior}`);
  for (const name of ['windowHours', 'baselineHours', 'minComments'] as const) {
    const value = settings[name];
    if (!Number.isInteger(value) || value < (name === 'windowHours' ? 1 : 0)) {
      throw new RangeError(
        `${name} must be a whole number${name === 'windowHours' ? ' ≥ 1' : ' ≥ 0'}: ${value}`,
      );
    }
  }
  for (const name of ['minLift', 'minZ'] as const) {
    if (!Number.isFinite(settings[name])) throw new RangeError(`${name} must be a number: ${settings[name]}`);
  }
  hours.forEach(({ hourKey, count, hostile }, index) => {
    if (index > 0 && hourKey <= hours[index - 1].hourKey) {
      throw new RangeError(`hours must be sorted and distinct: ${hourKey} after ${hours[index - 1].hourKey}`);
    }
    if (!Number.isInteger(count) || !Number.isInteger(hostile) || hostile < 0 || hostile > count) {
      throw new RangeError(`${hourKey}: need whole numbers 0 ≤ hostile ≤ count, got ${hostile} of ${count}`);
    }
  });
}

function densify(hours: readonly HourlySignalCount[]): DenseSeries {
  const firstMs = hourKeyToMs(hours[0].hourKey);
  const length = (hourKeyToMs(hours[hours.length - 1].hourKey) - firstMs) / MILLISECONDS_PER_HOUR + 1;
  const countPrefix = new Float64Array(length + 1);
  const hostilePrefix = new Float64Array(length + 1);
  for (const { hourKey, count, hostile } of hours) {
    const index = (hourKeyToMs(hourKey) - firstMs) / MILLISECONDS_PER_HOUR;
    countPrefix[index + 1] = count;
    hostilePrefix[index + 1] = hostile;
  }
  for (let index = 1; index <= length; index++) {
    countPrefix[index] += countPrefix[index - 1];
    hostilePrefix[index] += hostilePrefix[index - 1];
  }
  return { firstMs, countPrefix, hostilePrefix };
}

/** The baseline share: hostile comments before the window plus the prior's pseudo-comments, over all of them. */
export function shrunkenBaseline(hostile: number, count: number, prior: number): number {
  return (hostile + prior * PRIOR_PSEUDO_COMMENTS) / (count + PRIOR_PSEUDO_COMMENTS);
}

/** The one-sided z-score of a window's share against a baseline share, the baseline clamped away from 0 and 1. */
export function liftZScore(share: number, baseline: number, count: number): number {
  if (count === 0) return 0;
  const clamped = Math.min(Math.max(baseline, BASELINE_EPSILON), 1 - BASELINE_EPSILON);
  return (share - baseline) / Math.sqrt((clamped * (1 - clamped)) / count);
}

function hourInstants(series: DenseSeries): string[] {
  return Array.from({ length: series.countPrefix.length }, (_, index) =>
    new Date(series.firstMs + index * MILLISECONDS_PER_HOUR).toISOString(),
  );
}

/** The window ending with dense hour `index`, judged against its baseline; `instant(i)` is the ISO start of hour i. */
function scoreWindow(
  series: DenseSeries,
  index: number,
  prior: number,
  settings: AlertSettings,
  instant: (index: number) => string,
): HostileWindowScore {
  const { countPrefix, hostilePrefix } = series;
  const windowFrom = Math.max(0, index + 1 - settings.windowHours);
  const baselineFrom = Math.max(0, windowFrom - settings.baselineHours);
  const count = countPrefix[index + 1] - countPrefix[windowFrom];
  const hostile = hostilePrefix[index + 1] - hostilePrefix[windowFrom];
  const baseline = shrunkenBaseline(
    hostilePrefix[windowFrom] - hostilePrefix[baselineFrom],
    countPrefix[windowFrom] - countPrefix[baselineFrom],
    prior,
  );
  const share = count === 0 ? 0 : hostile / count;
  const zScore = liftZScore(share, baseline, count);
  const isFiring =
    count >= settings.minComments && share - baseline >= settings.minLift && zScore >= settings.minZ;
  return {
    windowStart: instant(windowFrom),
    windowEnd: instant(index + 1),
    count,
    hostile,
    share,
    baseline,
    zScore,
    isFiring,
  };
}

/**
 * Every hour's window from the first to the last hour of `hours` (sorted UTC hour keys, missing hours
 * meaning no comments), judged against its baseline: the breakdown behind `detectHostileEpisodes`.
 */
export function scoreHostileWindows(
  hours: readonly HourlySignalCount[],
  prior: number,
  settings: AlertSettings = DEFAULT_ALERT_SETTINGS,
): HostileWindowScore[] {
  assertInputs(hours, prior, settings);
  if (hours.length === 0) return [];
  const series = densify(hours);
  const instants = hourInstants(series);
  const instant = (index: number) => instants[index];
  return Array.from({ length: series.countPrefix.length - 1 }, (_, index) =>
    scoreWindow(series, index, prior, settings, instant),
  );
}

/**
 * The firing windows with their dense hour index, in order. A window without comments cannot fire when minComments
 * is at least 1, so only the windows reaching back to an hour with comments are judged: an article with a comment
 * years after its others costs its hours with comments, not the years between (every hour of them took 8.5 of 37
 * CPU seconds of the server in the load test, with comments arriving now on articles of the year before).
 */
function firingWindows(
  hours: readonly HourlySignalCount[],
  prior: number,
  settings: AlertSettings,
): { index: number; score: HostileWindowScore }[] {
  if (settings.minComments < 1) {
    return scoreHostileWindows(hours, prior, settings)
      .map((score, index) => ({ index, score }))
      .filter(({ score }) => score.isFiring);
  }
  assertInputs(hours, prior, settings);
  if (hours.length === 0) return [];
  const series = densify(hours);
  const instant = (index: number) => new Date(series.firstMs + index * MILLISECONDS_PER_HOUR).toISOString();
  const lastIndex = series.countPrefix.length - 2;
  const firing: { index: number; score: HostileWindowScore }[] = [];
  let next = 0;
  for (const { hourKey, count } of hours) {
    if (count === 0) continue;
    const hourIndex = (hourKeyToMs(hourKey) - series.firstMs) / MILLISECONDS_PER_HOUR;
    const until = Math.min(lastIndex, hourIndex + settings.windowHours - 1);
    for (let index = Math.max(next, hourIndex); index <= until; index++) {
      const score = scoreWindow(series, index, prior, settings, instant);
      if (score.isFiring) firing.push({ index, score });
    }
    next = Math.max(next, until + 1);
  }
  return firing;
}

function episodeOf(run: readonly HostileWindowScore[]): HostileEpisode {
  const peak = run.reduce((best, score) => (score.zScore > best.zScore ? score : best));
  return {
    windowStart: run[0].windowStart,
    windowEnd: run[run.length - 1].windowEnd,
    peakWindowStart: peak.windowStart,
    peakWindowEnd: peak.windowEnd,
    count: peak.count,
    hostile: peak.hostile,
    share: peak.share,
    baseline: peak.baseline,
    zScore: peak.zScore,
  };
}

/**
 * Episodes in which an article's comment section turned hostile for one signal (see the file comment for
 * the method). `hours`: the article's hourly counts, sorted, missing hours meaning no comments; `prior`: the
 * site-wide share of the signal. Episodes come in time order and never overlap.
 */
export function detectHostileEpisodes(
  hours: readonly HourlySignalCount[],
  prior: number,
  settings: AlertSettings = DEFAULT_ALERT_SETTINGS,
): HostileEpisode[] {
  const episodes: HostileEpisode[] = [];
  let run: HostileWindowScore[] = [];
  let lastFiringIndex = Number.NEGATIVE_INFINITY;
  for (const { index, score } of firingWindows(hours, prior, settings)) {
    // A window starting at or before the hour after the previous firing window's end touches or overlaps it.
    if (index - lastFiringIndex > settings.windowHours && run.length > 0) {
      episodes.push(episodeOf(run));
      run = [];
    }
    run.push(score);
    lastFiringIndex = index;
  }
  if (run.length > 0) episodes.push(episodeOf(run));
  return episodes;
}
