import {
  DEFAULT_ALERT_SETTINGS,
  detectHostileEpisodes,
  scoreHostileWindows,
  type HostileEpisode,
  type HourlySignalCount,
} from './hostile-threads';
import type { AlertSettings } from '@tenor/contracts';
import { mulberry32 } from '../testing/synthetic-series';

const FIRST_MS = Date.parse('2024-01-01T00:00:00Z');
const HOUR = 3_600_000;

function hourKey(index: number): string {
  return new Date(FIRST_MS + index * HOUR).toISOString().slice(0, 13);
}

/** Bursts of commented hours (some hostile) separated by gaps of up to a year. */
function burstySeries(random: () => number): HourlySignalCount[] {
  const hours: HourlySignalCount[] = [];
  let index = 0;
  for (let burst = 0; burst < 1 + Math.floor(random() * 5); burst++) {
    const isHostile = random() < 0.4;
    for (let hour = 0; hour < 1 + Math.floor(random() * 40); hour++) {
      const count = Math.floor(random() * 12);
      const hostile = Math.floor(random() * (count + 1) * (isHostile ? 1 : 0.2));
      hours.push({ hourKey: hourKey(index), count, hostile: Math.min(hostile, count) });
      index += 1 + (random() < 0.2 ? Math.floor(random() * 4) : 0);
    }
    index += Math.floor(random() * (random() < 0.3 ? 3000 : 60));
  }
  return hours;
}

/** The episodes as the detector found them before it skipped empty windows: from the breakdown of every hour. */
function episodesJudgingEveryHour(
  hours: HourlySignalCount[],
  prior: number,
  settings: AlertSettings,
): HostileEpisode[] {
  const runs: (typeof scores)[] = [];
  const scores = scoreHostileWindows(hours, prior, settings);
  let lastFiringIndex = Number.NEGATIVE_INFINITY;
  scores.forEach((score, index) => {
    if (!score.isFiring) return;
    if (index - lastFiringIndex > settings.windowHours || runs.length === 0) runs.push([]);
    runs[runs.length - 1].push(score);
    lastFiringIndex = index;
  });
  return runs.map((run) => {
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
  });
}

// Found by `npm run test:load`: comments arriving now on articles of the year before made every detection walk each
// hour in between, and the server spent a quarter of its CPU there.
describe('hostile-thread detection on articles with long quiet gaps', () => {
  it('finds the same episodes as judging every hour, on 150 bursty series and several settings', () => {
    const random = mulberry32(20_240_101);
    const settingsList: AlertSettings[] = [
      DEFAULT_ALERT_SETTINGS,
      { ...DEFAULT_ALERT_SETTINGS, minZ: 2, minLift: 0.05, minComments: 3 },
      { ...DEFAULT_ALERT_SETTINGS, windowHours: 1, baselineHours: 6, minComments: 1, minZ: 1, minLift: 0 },
      { ...DEFAULT_ALERT_SETTINGS, windowHours: 12, baselineHours: 72, minComments: 20, minZ: 3 },
    ];
    let episodes = 0;
    for (let run = 0; run < 150; run++) {
      const hours = burstySeries(random);
      const prior = random() * 0.3;
      for (const settings of settingsList) {
        const expected = episodesJudgingEveryHour(hours, prior, settings);
        expect(detectHostileEpisodes(hours, prior, settings)).toEqual(expected);
        episodes += expected.length;
      }
    }
    // The comparison means something only if the series do fire.
    expect(episodes).toBeGreaterThan(50);
  });

  it('still judges empty windows when minComments is 0, where they can fire', () => {
    const settings = { ...DEFAULT_ALERT_SETTINGS, minComments: 0, minLift: 0, minZ: 0 };
    const hours = [
      { hourKey: hourKey(0), count: 5, hostile: 0 },
      { hourKey: hourKey(50), count: 5, hostile: 0 },
    ];
    expect(detectHostileEpisodes(hours, 0, settings)).toEqual(episodesJudgingEveryHour(hours, 0, settings));
  });

  it("costs the hours with comments, not the three years between an article's first and latest comment", () => {
    const busy = Array.from({ length: 300 }, (_, index) => ({
      hourKey: hourKey(index),
      count: 5,
      hostile: 1,
    }));
    const lateComment = [...busy, { hourKey: hourKey(3 * 365 * 24), count: 1, hostile: 0 }];
    const timeOf = (hours: HourlySignalCount[]) => {
      const started = performance.now();
      for (let run = 0; run < 100; run++) detectHostileEpisodes(hours, 0.2);
      return performance.now() - started;
    };
    let busyMs = 0;
    let lateMs = 0;
    for (let round = 0; round < 3; round++) {
      busyMs += timeOf(busy);
      lateMs += timeOf(lateComment);
    }
    // A ratio, so a slow machine does not matter: about 1 now; judging each of the 26,000 hours made it about 33.
    expect(lateMs / busyMs).toBeLessThan(8);
  });
});
