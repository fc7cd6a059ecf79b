import type { TrendBucket, TrendBucketRange } from '@tenor/contracts';
import {
  addDays,
  berlinDayOfMs,
  berlinDayOfUtcHour,
  berlinOffsetHours,
  daysBetween,
  isDay,
  isHourKey,
  MILLISECONDS_PER_DAY,
  MILLISECONDS_PER_HOUR,
  hourKeyToMs,
  startOfBerlinDayMs,
  utcMsToDay,
  weekStartOf,
} from './berlin-time';

/** Appended to the label of the second 02:00 hour on the October clock change (the one in winter time, UTC+01:00). */
export const REPEATED_HOUR_SUFFIX = ' (+1)';

/** A range of Europe/Berlin calendar days: `from` inclusive, `to` exclusive, both `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

/** Maps a UTC hour key or a Berlin day to the index of its bucket, or -1 when it lies outside the ranges. */
export type BucketLookup = (key: string) => number;

function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

// Formats whole hours as `YYYY-MM-DDTHH`, the day part once per day: a month of hour buckets formats some 1,500
// hours, and a Date with toISOString() for each was most of the time it took to build them.
function createHourFormatter(): (wholeHourMs: number) => string {
  let dayNumber = Number.NaN;
  let dayText = '';
  return (wholeHourMs) => {
    const day = Math.floor(wholeHourMs / MILLISECONDS_PER_DAY);
    if (day !== dayNumber) {
      dayNumber = day;
      dayText = utcMsToDay(day * MILLISECONDS_PER_DAY);
    }
    const hour = (wholeHourMs - day * MILLISECONDS_PER_DAY) / MILLISECONDS_PER_HOUR;
    return `${dayText}T${hour < 10 ? '0' : ''}${hour}`;
  };
}

function hourRanges(fromMs: number, toMs: number): TrendBucketRange[] {
  const ranges: TrendBucketRange[] = [];
  const utcHour = createHourFormatter();
  const berlinHour = createHourFormatter();
  const wallHourOf = (ms: number) => berlinHour(ms + berlinOffsetHours(ms) * MILLISECONDS_PER_HOUR);
  let start = `${utcHour(fromMs)}:00:00.000Z`;
  let previousWallHour = wallHourOf(fromMs - MILLISECONDS_PER_HOUR);
  for (let startMs = fromMs; startMs < toMs; startMs += MILLISECONDS_PER_HOUR) {
    const wallHour = wallHourOf(startMs);
    const label = `${wallHour.slice(0, 10)} ${wallHour.slice(11, 13)}:00`;
    const end = `${utcHour(startMs + MILLISECONDS_PER_HOUR)}:00:00.000Z`;
    // The October change repeats an hour of the wall clock: the second one is marked.
    ranges.push({ label: wallHour === previousWallHour ? label + REPEATED_HOUR_SUFFIX : label, start, end });
    previousWallHour = wallHour;
    start = end;
  }
  return ranges;
}

function dayRanges(from: string, to: string): TrendBucketRange[] {
  const ranges: TrendBucketRange[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) {
    ranges.push({
      label: day,
      start: toIso(startOfBerlinDayMs(day)),
      end: toIso(startOfBerlinDayMs(addDays(day, 1))),
    });
  }
  return ranges;
}

function weekRanges(from: string, to: string): TrendBucketRange[] {
  const ranges: TrendBucketRange[] = [];
  for (let monday = weekStartOf(from); monday < to; monday = addDays(monday, 7)) {
    const firstDay = monday < from ? from : monday;
    const nextMonday = addDays(monday, 7);
    const endDay = nextMonday > to ? to : nextMonday;
    ranges.push({
      label: monday,
      start: toIso(startOfBerlinDayMs(firstDay)),
      end: toIso(startOfBerlinDayMs(endDay)),
    });
  }
  return ranges;
}

function assertDayRange(from: string, to: string): void {
  for (const day of [from, to]) {
    if (!isDay(day)) throw new RangeError(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  }
  if (to < from) throw new RangeError(`range ends before it starts: ${from} to ${to}`);
}

/**
 * Every bucket of a range of Berlin days (`from` inclusive, `to` exclusive), in order, with Berlin-local
 * labels and UTC start/end. Hours: `YYYY-MM-DD HH:00`, 23 on the March change day and 25 on the October
 * one, where the second 02:00 is labelled `YYYY-MM-DD 02:00 (+1)`. Days: `YYYY-MM-DD`. Weeks: the Monday,
 * even when the first or last week is clipped to the range (its start/end then are the range's).
 * An empty range (`from === to`) has no buckets.
 */
export function bucketRanges(from: string, to: string, bucket: TrendBucket): TrendBucketRange[] {
  assertDayRange(from, to);
  switch (bucket) {
    case 'hour':
      return hourRanges(startOfBerlinDayMs(from), startOfBerlinDayMs(to));
    case 'day':
      return dayRanges(from, to);
    case 'week':
      return weekRanges(from, to);
  }
}

/**
 * The range of the same number of days right before `from`, for "compare with the previous period".
 * Its buckets pair up with the range's one by one, except that an hourly range across a clock change, or a
 * weekly range whose length is not a multiple of 7 days, can have one bucket more or fewer.
 */
export function previousRange(from: string, to: string): DayRange {
  assertDayRange(from, to);
  return { from: addDays(from, -daysBetween(from, to)), to: from };
}

/** Hour buckets are consecutive hours: a key's index is its distance in hours from the first. */
function hourBucketLookup(ranges: readonly TrendBucketRange[]): BucketLookup {
  const firstMs = ranges.length === 0 ? 0 : Date.parse(ranges[0].start);
  return (key) => {
    let keyMs: number;
    try {
      keyMs = hourKeyToMs(key);
    } catch {
      if (isDay(key)) throw new RangeError(`a day cannot be put into hour buckets: ${key}`);
      throw new RangeError(`not an hour key or a day: ${JSON.stringify(key)}`);
    }
    const index = (keyMs - firstMs) / MILLISECONDS_PER_HOUR;
    return index >= 0 && index < ranges.length ? index : -1;
  };
}

function berlinDaysOf(range: TrendBucketRange): string[] {
  const days: string[] = [];
  const endMs = Date.parse(range.end);
  for (
    let day = berlinDayOfMs(Date.parse(range.start));
    startOfBerlinDayMs(day) < endMs;
    day = addDays(day, 1)
  ) {
    days.push(day);
  }
  return days;
}

/**
 * A lookup from keys to bucket indexes of `ranges` (as made by `bucketRanges` with the same `bucket`), built
 * once into a Map. It takes UTC hour keys (`YYYY-MM-DDTHH`) for every bucket size and Berlin days
 * (`YYYY-MM-DD`) for day and week buckets; a day against hour buckets, or any other string, throws RangeError.
 */
export function createBucketLookup(ranges: readonly TrendBucketRange[], bucket: TrendBucket): BucketLookup {
  if (bucket === 'hour') return hourBucketLookup(ranges);
  const indexByKey = new Map<string, number>();
  ranges.forEach((range, index) => {
    for (const key of berlinDaysOf(range)) indexByKey.set(key, index);
  });
  return (key) => {
    if (isHourKey(key)) {
      return indexByKey.get(berlinDayOfUtcHour(key)) ?? -1;
    }
    if (!isDay(key)) throw new RangeError(`not an hour key or a day: ${JSON.stringify(key)}`);
    return indexByKey.get(key) ?? -1;
  };
}
