import type { AlertSettings } from '@tenor/contracts';
import { hourKeyToMs, MILLISECONDS_PER_HOUR } from '../lib/berlin-time';
import { detectHostileEpisodes, scoreHostileWindows, type HostileEpisode } from '../lib/hostile-threads';
import { dailyCycle, logUniform, mulberry32, syntheticSeries, type Random } from './synthetic-series';

// The synthetic population: a site-wide hostile share of 15 %, articles whose own share lies anywhere in
// 10-20 %, and article volumes log-uniform between a few and hundreds of comments per hour at midday, a
// fifth of that at night.
const SITE_PRIOR = 0.15;
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

/** Runs the detector on flat series (constant hostile share per article) and counts what it reports. */
export function measureFalsePositives(population: BenchmarkPopulation, settings: AlertSettings): FalsePositiveFigures {
  const random = mulberry32(population.seed);
  let seriesWithEpisode = 0;
  let episodes = 0;
  let judgedWindows = 0;
  let firingWindows = 0;
  for (let index = 0; index < population.series; index++) {
    const level = logUniform(random, population.lowestLevel, population.highestLevel);
    const share = articleShare(random);
    const hours = syntheticSeries(random, {
      hours: population.hoursPerSeries,
      firstHourKey: FIRST_HOUR_KEY,
      meanVolume: dailyCycle(level),
      share: () => share,
    });
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
    series: population.series,
    seriesWithEpisode,
    seriesRate: seriesWithEpisode / population.series,
    episodes,
    episodesPerThousandHours: (episodes / (population.series * population.hoursPerSeries)) * 1000,
    judgedWindows,
    windowRate: judgedWindows === 0 ? 0 : firingWindows / judgedWindows,
  };
}

function touchesSpike(episode: HostileEpisode, spikeStartMs: number, spikeEndMs: number, windowHours: number): boolean {
  const slackMs = windowHours * MILLISECONDS_PER_HOUR;
  return Date.parse(episode.windowStart) < spikeEndMs + slackMs && Date.parse(episode.windowEnd) > spikeStartMs - slackMs;
}

/**
 * Plants one spike of `spikeHours` hours, `lift` above the article's share, after at least a baseline's
 * worth of hours, into series whose mean volume never drops below `lowestLevel` per hour, and checks that
 * the detector reports it once.
 */
export function measureRecall(
  population: BenchmarkPopulation,
  settings: AlertSettings,
  spike: { lift: number; spikeHours: number },
): RecallFigures {
  const random = mulberry32(population.seed);
  const earliestSpikeHour = settings.windowHours + settings.baselineHours;
  let found = 0;
  let otherEpisodes = 0;
  for (let index = 0; index < population.series; index++) {
    const level = logUniform(random, population.lowestLevel, population.highestLevel);
    const share = articleShare(random);
    const spikeHour =
      earliestSpikeHour +
      Math.floor(random() * (population.hoursPerSeries - earliestSpikeHour - spike.spikeHours - settings.windowHours));
    const cycle = dailyCycle(level);
    const hours = syntheticSeries(random, {
      hours: population.hoursPerSeries,
      firstHourKey: FIRST_HOUR_KEY,
      meanVolume: (hour) => Math.max(population.lowestLevel, cycle(hour)),
      share: (hour) => (hour >= spikeHour && hour < spikeHour + spike.spikeHours ? share + spike.lift : share),
    });
    const spikeStartMs = hourKeyToMs(FIRST_HOUR_KEY) + spikeHour * MILLISECONDS_PER_HOUR;
    const spikeEndMs = spikeStartMs + spike.spikeHours * MILLISECONDS_PER_HOUR;
    const episodes = detectHostileEpisodes(hours, SITE_PRIOR, settings);
    const atSpike = episodes.filter((episode) => touchesSpike(episode, spikeStartMs, spikeEndMs, settings.windowHours));
    if (atSpike.length === 1) found++;
    otherEpisodes += episodes.length - atSpike.length;
  }
  return { series: population.series, found, recall: found / population.series, otherEpisodes };
}
