import type { AlertSettings } from '@tenor/contracts';
import { hourKeyToMs, MILLISECONDS_PER_HOUR } from '../lib/berlin-time';
import {
  detectHostileEpisodes,
  scoreHostileWindows,
  type HostileEpisode,
  type HourlySignalCount,
} from '../lib/hostile-threads';
import { dailyCycle, logUniform, mulberry32, syntheticSeries, type Random } from './synthetic-series';

// The synthetic population: a site-wide hostile share of 15 %, articles whose own share lies anywhere in
// 10-20 %, and article volumes log-uniform between a few and hundreds of comments per hour at midday, a
// fifth of that at night.
/** The site-wide share the synthetic articles are judged against. */
export const SITE_PRIOR = 0.15;
const LOWEST_ARTICLE_SHARE = 0.1;
const HIGHEST_ARTICLE_SHARE = 0.2;
const FIRST_HOUR_KEY = '2022-01-03T00';

/** The population a benchmark draws its articles from. */
export interface BenchmarkPopulation {
  seed: number;
  series: number;
  hoursPerSeries: number;
  /** Range of the article's midday comments per hour (log-uniform). */
  lowestLevel: number;
  highestLevel: number;
}

/** A planted rise: `lift` above the article's share for `spikeHours` hours. */
export interface PlantedSpike {
  lift: number;
  spikeHours: number;
}

/** A synthetic article with one planted spike, and where the spike lies (epoch milliseconds, end exclusive). */
export interface SpikedSeries {
  hours: HourlySignalCount[];
  spikeStartMs: number;
  spikeEndMs: number;
}

/** How often the detector fires on series without any real rise. */
export interface FalsePositiveFigures {
  series: number;
  /** Series with at least one episode, and their fraction of all series. */
  seriesWithEpisode: number;
  seriesRate: number;
  episodes: number;
  episodesPerThousandHours: number;
  /** Windows with at least minComments comments, and the fraction of them that fired. */
  judgedWindows: number;
  windowRate: number;
}

/** How often the detector finds a planted spike, and what else it reports on the same series. */
export interface RecallFigures {
  series: number;
  /** Series where exactly one episode touches the spike (within ±windowHours), and their fraction. */
  found: number;
  recall: number;
  /** Episodes elsewhere in the spiked series. */
  otherEpisodes: number;
}

function articleShare(random: Random): number {
  return LOWEST_ARTICLE_SHARE + (HIGHEST_ARTICLE_SHARE - LOWEST_ARTICLE_SHARE) * random();
}

/** Flat articles: each with its own volume level and a share constant over its life. */
export function flatPopulation(population: BenchmarkPopulation): HourlySignalCount[][] {
  const random = mulberry32(population.seed);
  return Array.from({ length: population.series }, () => {
    const level = logUniform(random, population.lowestLevel, population.highestLevel);
    const share = articleShare(random);
    return syntheticSeries(random, {
      hours: population.hoursPerSeries,
      firstHourKey: FIRST_HOUR_KEY,
      meanVolume: dailyCycle(level),
      share: () => share,
    });
  });
}

/**
 * Articles with one planted spike, placed after at least a window and a baseline of history (judged with
 * `settings`), whose mean volume never drops below `lowestLevel` comments per hour.
 */
export function spikedPopulation(
  population: BenchmarkPopulation,
  spike: PlantedSpike,
  settings: AlertSettings,
): SpikedSeries[] {
  const random = mulberry32(population.seed);
  const earliestSpikeHour = settings.windowHours + settings.baselineHours;
  const latestSpikeHour = population.hoursPerSeries - spike.spikeHours - settings.windowHours;
  return Array.from({ length: population.series }, () => {
    const level = logUniform(random, population.lowestLevel, population.highestLevel);
    const share = articleShare(random);
    const spikeHour = earliestSpikeHour + Math.floor(random() * (latestSpikeHour - earliestSpikeHour));
    const cycle = dailyCycle(level);
    const hours = syntheticSeries(random, {
      hours: population.hoursPerSeries,
      firstHourKey: FIRST_HOUR_KEY,
      meanVolume: (hour) => Math.max(population.lowestLevel, cycle(hour)),
      share: (hour) =>
        hour >= spikeHour && hour < spikeHour + spike.spikeHours ? share + spike.lift : share,
    });
    const spikeStartMs = hourKeyToMs(FIRST_HOUR_KEY) + spikeHour * MILLISECONDS_PER_HOUR;
    return { hours, spikeStartMs, spikeEndMs: spikeStartMs + spike.spikeHours * MILLISECONDS_PER_HOUR };
  });
}

/** Runs the detector on flat series and counts what it reports: every episode there is a false alarm. */
export function measureFalsePositives(
  population: readonly HourlySignalCount[][],
  hoursPerSeries: number,
  settings: AlertSettings,
): FalsePositiveFigures {
  let seriesWithEpisode = 0;
  let episodes = 0;
  let judgedWindows = 0;
  let firingWindows = 0;
  for (const hours of population) {
    const found = detectHostileEpisodes(hours, SITE_PRIOR, settings);
    if (found.length > 0) seriesWithEpisode++;
    episodes += found.length;
    for (const window of scoreHostileWindows(hours, SITE_PRIOR, settings)) {
      if (window.count < settings.minComments) continue;
      judgedWindows++;
      if (window.isFiring) firingWindows++;
    }
  }
  return {
    series: population.length,
    seriesWithEpisode,
    seriesRate: seriesWithEpisode / population.length,
    episodes,
    episodesPerThousandHours: (episodes / (population.length * hoursPerSeries)) * 1000,
    judgedWindows,
    windowRate: judgedWindows === 0 ? 0 : firingWindows / judgedWindows,
  };
}

function touchesSpike(episode: HostileEpisode, series: SpikedSeries, windowHours: number): boolean {
  const slackMs = windowHours * MILLISECONDS_PER_HOUR;
  return (
    Date.parse(episode.windowStart) < series.spikeEndMs + slackMs &&
    Date.parse(episode.windowEnd) > series.spikeStartMs - slackMs
  );
}

/** Runs the detector on spiked series: found when exactly one episode touches the spike (±windowHours). */
export function measureRecall(population: readonly SpikedSeries[], settings: AlertSettings): RecallFigures {
  let found = 0;
  let otherEpisodes = 0;
  for (const series of population) {
    const episodes = detectHostileEpisodes(series.hours, SITE_PRIOR, settings);
    const atSpike = episodes.filter((episode) => touchesSpike(episode, series, settings.windowHours));
    if (atSpike.length === 1) found++;
    otherEpisodes += episodes.length - atSpike.length;
  }
  return { series: population.length, found, recall: found / population.length, otherEpisodes };
}
