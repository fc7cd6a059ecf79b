import { hourKeyToMs, MILLISECONDS_PER_HOUR, msToHourKey } from '../lib/berlin-time';
import type { HourlySignalCount } from '../lib/hostile-threads';

/** A seeded source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny seeded PRNG (Tommy Ettinger's 32-bit generator), so synthetic series repeat exactly. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw: Knuth's product method for small means, a rounded normal (Box-Muller) above 30. */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
  }
  const limit = Math.exp(-mean);
  let draws = 0;
  for (let product = random(); product > limit; product *= random()) draws++;
  return draws;
}

// Above this many trials (1 - p)^n can underflow, so the draw falls back to flipping every coin.
const MOST_TRIALS_FOR_INVERSION = 500;

/** A binomial draw: successes in `n` trials with probability `p`, by inverting the distribution function (about n × p steps). */
export function binomial(random: Random, n: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return n;
  if (n > MOST_TRIALS_FOR_INVERSION) {
    let successes = 0;
    for (let trial = 0; trial < n; trial++) if (random() < p) successes++;
    return successes;
  }
  const uniform = random();
  const odds = p / (1 - p);
  let probability = Math.pow(1 - p, n);
  let cumulative = probability;
  let successes = 0;
  while (uniform > cumulative && successes < n) {
    probability *= ((n - successes) / (successes + 1)) * odds;
    successes++;
    cumulative += probability;
  }
  return successes;
}

/** The shape of a synthetic article: hours, mean comments per hour and hostile share per hour index. */
export interface SyntheticSeriesShape {
  hours: number;
  firstHourKey?: string;
  meanVolume: (hourIndex: number) => number;
  share: (hourIndex: number) => number;
}

/** Poisson volumes with binomial hostile counts; hours without comments are left out, as in the rollup table. */
export function syntheticSeries(random: Random, shape: SyntheticSeriesShape): HourlySignalCount[] {
  const firstMs = hourKeyToMs(shape.firstHourKey ?? '2022-01-03T00');
  const series: HourlySignalCount[] = [];
  for (let index = 0; index < shape.hours; index++) {
    const count = poisson(random, shape.meanVolume(index));
    if (count === 0) continue;
    series.push({
      hourKey: msToHourKey(firstMs + index * MILLISECONDS_PER_HOUR),
      count,
      hostile: binomial(random, count, shape.share(index)),
    });
  }
  return series;
}

/** Mean volume with a day/night cycle: `level` at midday, a fifth of it at 01:00. */
export function dailyCycle(level: number): (hourIndex: number) => number {
  return (hourIndex) => level * (0.6 + 0.4 * Math.cos(((hourIndex % 24) - 13) * ((2 * Math.PI) / 24)));
}

/** A random article level between `low` and `high` comments per hour, log-uniform (as many quiet as busy articles). */
export function logUniform(random: Random, low: number, high: number): number {
  return low * Math.exp(random() * Math.log(high / low));
}
