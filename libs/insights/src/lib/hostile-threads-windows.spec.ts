import {
  DEFAULT_ALERT_SETTINGS,
  detectHostileEpisodes,
  scoreHostileWindows,
  type HourlySignalCount,
} from './hostile-threads';

// The worked examples were computed by hand for z ≥ 3, the lenient setting (the default asks for z ≥ 4).
const WORKED = { ...DEFAULT_ALERT_SETTINGS, minZ: 3 };

const FIRST_MS = Date.parse('2022-01-27T00:00:00Z');
const HOUR = 3_600_000;

function hourKey(index: number): string {
  return new Date(FIRST_MS + index * HOUR).toISOString().slice(0, 13);
}

function instant(index: number): string {
  return new Date(FIRST_MS + index * HOUR).toISOString();
}

/** Hours 0..n-1 with the given count and hostile comments, overridden per index. */
function series(
  hours: number,
  count: number,
  hostile: number,
  overrides: Record<number, [number, number]> = {},
): HourlySignalCount[] {
  return Array.from({ length: hours }, (_, index) => {
    const [hourCount, hourHostile] = overrides[index] ?? [count, hostile];
    return { hourKey: hourKey(index), count: hourCount, hostile: hourHostile };
  });
}

describe('hostile-thread windows, worked by hand', () => {
  it('finds a 3-hour rise from 10 % to 60 % as one episode with the numbers of its peak window', () => {
    // 24 hours of 10 comments with 1 hostile, then 3 hours with 6 hostile, then quiet again.
    const hours = series(37, 10, 1, { 24: [10, 6], 25: [10, 6], 26: [10, 6] });
    const [episode, ...others] = detectHostileEpisodes(hours, 0.1, WORKED);
    expect(others).toEqual([]);
    // Windows ending at hours 24..27 fire (the one ending at 24 already has 8 of 30, 0.167 above the
    // baseline with z 3.04); the one ending at 28 has 8 of 30 against a baseline of 36/260 and does not.
    expect(episode).toEqual({
      windowStart: instant(22),
      windowEnd: instant(28),
      peakWindowStart: instant(24),
      peakWindowEnd: instant(27),
      count: 30,
      hostile: 18,
      share: 0.6,
      // (24 hostile of 240 before the window + 0.1 × 20 pseudo-comments) / (240 + 20)
      baseline: 0.1,
      zScore: expect.closeTo(0.5 / Math.sqrt((0.1 * 0.9) / 30), 9),
    });
  });

  it('merges firing windows that touch and keeps apart those with an hour between them', () => {
    // 40 comments an hour, 4 hostile; an hour with 32 hostile fires the three windows that contain it.
    const spikes = (first: number, second: number) =>
      detectHostileEpisodes(series(50, 40, 4, { [first]: [40, 32], [second]: [40, 32] }), 0.1, WORKED);
    const touching = spikes(30, 35);
    expect(touching.map((episode) => [episode.windowStart, episode.windowEnd])).toEqual([
      [instant(28), instant(38)],
    ]);
    const apart = spikes(30, 36);
    expect(apart.map((episode) => [episode.windowStart, episode.windowEnd])).toEqual([
      [instant(28), instant(33)],
      [instant(34), instant(39)],
    ]);
  });

  it('reads missing hours as hours without comments', () => {
    const sparse = series(30, 10, 1).filter((_, index) => index % 4 !== 0);
    const dense = series(30, 10, 1).map((hour, index) =>
      index % 4 === 0 && index > 0 ? { ...hour, count: 0, hostile: 0 } : hour,
    );
    const scores = scoreHostileWindows(sparse, 0.1);
    expect(scores).toEqual(scoreHostileWindows(dense.slice(1), 0.1));
    expect(scores).toHaveLength(29);
    expect(scores[3]).toMatchObject({ windowStart: instant(2), windowEnd: instant(5), count: 20 });
  });

  it('does not judge a spike with fewer than minComments comments in its window', () => {
    const quiet = (perHour: number) =>
      series(40, perHour, 0, { 30: [perHour, perHour], 31: [perHour, perHour], 32: [perHour, perHour] });
    expect(detectHostileEpisodes(quiet(3), 0.15, WORKED)).toEqual([]);
    expect(detectHostileEpisodes(quiet(4), 0.15, WORKED)).toHaveLength(1);
  });

  it('judges a new article without history against the site prior', () => {
    const opening = series(3, 20, 10);
    const [episode] = detectHostileEpisodes(opening, 0.15, WORKED);
    // Every window of the first three hours has nothing before it, so its baseline is the prior itself.
    expect(episode).toMatchObject({
      windowStart: instant(0),
      windowEnd: instant(3),
      count: 60,
      share: 0.5,
      baseline: 0.15,
    });
    expect(episode.zScore).toBeCloseTo(0.35 / Math.sqrt((0.15 * 0.85) / 60), 9);
    // Where the site's share is 40 % anyway, half the comments is no rise.
    expect(detectHostileEpisodes(opening, 0.4, WORKED)).toEqual([]);
  });

  it('keeps the z-score finite when the baseline is 0', () => {
    const [first] = scoreHostileWindows([{ hourKey: hourKey(0), count: 12, hostile: 6 }], 0);
    expect(first.baseline).toBe(0);
    expect(first.zScore).toBeCloseTo(0.5 / Math.sqrt((0.01 * 0.99) / 12), 9);
    expect(first.isFiring).toBe(true);
  });

  it('rejects unsorted hours, impossible counts and a prior outside 0..1', () => {
    expect(() => scoreHostileWindows([...series(3, 10, 1)].reverse(), 0.1)).toThrow(/sorted and distinct/);
    expect(() => scoreHostileWindows(series(3, 10, 11), 0.1)).toThrow(/0 ≤ hostile ≤ count/);
    expect(() => scoreHostileWindows(series(3, 10, 1), 1.2)).toThrow(/prior share/);
    expect(() =>
      scoreHostileWindows(series(3, 10, 1), 0.1, { ...DEFAULT_ALERT_SETTINGS, windowHours: 0 }),
    ).toThrow(/windowHours/);
    expect(detectHostileEpisodes([], 0.1, WORKED)).toEqual([]);
  });

  it('scores five years of hours in linear time', () => {
    const hours = series(45_000, 10, 1);
    const started = performance.now();
    const scores = scoreHostileWindows(hours, 0.1);
    const elapsedMs = performance.now() - started;
    expect(scores).toHaveLength(45_000);
    // About 80 ms on a busy two-core machine; a quadratic scan would take minutes. Room left for a slow CI run.
    expect(elapsedMs).toBeLessThan(2_000);
  });
});
