import { dailyCycle, mulberry32, syntheticSeries } from '../testing/synthetic-series';
import { DEFAULT_ALERT_SETTINGS, detectHostileEpisodes, type HostileEpisode } from './hostile-threads';

// Synthetic articles: Poisson volumes with a day/night cycle, binomial hostile counts, a site prior of 15 %.
// Each scenario was also run over 300 seeds while choosing the volumes: the busy-article scenarios hold
// for all 300, the spike and quiet-article scenarios for 297-299 of 300 (the misses are an extra false
// episode at night, or a quiet hour that happened to get 10 comments).
const SITE_PRIOR = 0.15;
const FIRST_MS = Date.parse('2022-01-03T00:00:00Z');
const HOUR = 3_600_000;
const { windowHours } = DEFAULT_ALERT_SETTINGS;

function expectAtSpike(episode: HostileEpisode, spikeHour: number, spikeHours: number): void {
  const spikeStartMs = FIRST_MS + spikeHour * HOUR;
  const spikeEndMs = spikeStartMs + spikeHours * HOUR;
  expect(Date.parse(episode.windowStart)).toBeGreaterThanOrEqual(spikeStartMs - windowHours * HOUR);
  expect(Date.parse(episode.windowEnd)).toBeLessThanOrEqual(spikeEndMs + windowHours * HOUR);
  expect(Date.parse(episode.peakWindowStart)).toBeLessThan(spikeEndMs);
  expect(Date.parse(episode.peakWindowEnd)).toBeGreaterThan(spikeStartMs);
}

function hourIndex(hourKey: string): number {
  return (Date.parse(`${hourKey}:00:00Z`) - FIRST_MS) / HOUR;
}

function isInSpike(spikeHours: number[]): (hour: number) => boolean {
  return (hour) => spikeHours.some((first) => hour >= first && hour < first + 3);
}

describe('hostile-thread detection on synthetic articles', () => {
  it('finds a 3-hour spike from 15 % to 60 % exactly once, where it happened', () => {
    const inSpike = isInSpike([60]);
    const hours = syntheticSeries(mulberry32(7), {
      hours: 120,
      meanVolume: dailyCycle(150),
      share: (hour) => (inSpike(hour) ? 0.6 : 0.15),
    });
    const episodes = detectHostileEpisodes(hours, SITE_PRIOR);
    expect(episodes).toHaveLength(1);
    expectAtSpike(episodes[0], 60, 3);
    expect(episodes[0].share).toBeGreaterThan(0.45);
  });

  it('reports two separate spikes as two episodes', () => {
    const inSpike = isInSpike([50, 140]);
    const hours = syntheticSeries(mulberry32(11), {
      hours: 200,
      meanVolume: dailyCycle(150),
      share: (hour) => (inSpike(hour) ? 0.6 : 0.15),
    });
    const episodes = detectHostileEpisodes(hours, SITE_PRIOR);
    expect(episodes).toHaveLength(2);
    expectAtSpike(episodes[0], 50, 3);
    expectAtSpike(episodes[1], 140, 3);
  });

  it('stays silent over 500 hours of a busy article with a steady share', () => {
    const hours = syntheticSeries(mulberry32(23), {
      hours: 500,
      meanVolume: dailyCycle(300),
      share: () => 0.15,
    });
    expect(hours.reduce((sum, hour) => sum + hour.count, 0)).toBeGreaterThan(80_000);
    expect(detectHostileEpisodes(hours, SITE_PRIOR)).toEqual([]);
  });

  it('lets the baseline follow a slow drift from 15 % to 35 % over 200 hours', () => {
    const hours = syntheticSeries(mulberry32(29), {
      hours: 200,
      meanVolume: dailyCycle(300),
      share: (hour) => 0.15 + (0.2 * hour) / 199,
    });
    const lastDay = hours.slice(-24);
    expect(
      lastDay.reduce((sum, hour) => sum + hour.hostile, 0) /
        lastDay.reduce((sum, hour) => sum + hour.count, 0),
    ).toBeGreaterThan(0.3);
    expect(detectHostileEpisodes(hours, SITE_PRIOR)).toEqual([]);
  });

  it('ignores an all-hostile spike on an article with about one comment an hour', () => {
    const inSpike = isInSpike([60]);
    const hours = syntheticSeries(mulberry32(33), {
      hours: 120,
      meanVolume: () => 1,
      share: (hour) => (inSpike(hour) ? 1 : 0.15),
    });
    const spikeComments = hours.filter((hour) => inSpike(hourIndex(hour.hourKey)));
    expect(spikeComments.every((hour) => hour.hostile === hour.count)).toBe(true);
    expect(spikeComments.length).toBeGreaterThan(0);
    expect(detectHostileEpisodes(hours, SITE_PRIOR)).toEqual([]);
  });

  it('judges a new article that opens hostile against the site prior', () => {
    const hours = syntheticSeries(mulberry32(37), {
      hours: 48,
      meanVolume: dailyCycle(150),
      share: (hour) => (hour < 3 ? 0.6 : 0.15),
      firstHourKey: '2022-01-03T12',
    });
    const [episode, ...others] = detectHostileEpisodes(hours, SITE_PRIOR);
    expect(others).toEqual([]);
    expect(episode.windowStart).toBe('2022-01-03T12:00:00.000Z');
    expect(episode.baseline).toBe(SITE_PRIOR);
  });
});
