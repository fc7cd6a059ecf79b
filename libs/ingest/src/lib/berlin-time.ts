/** The time zone every seed date is written in. */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

const MILLISECONDS_PER_MINUTE = 60_000;
// Europe/Berlin switches offsets at most once a day, so the offsets a day before and a day after
// a wall-clock time are the only two candidates for it.
const MILLISECONDS_PER_DAY = 86_400_000;

const berlinFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: BERLIN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** A wall-clock time in Europe/Berlin; month is 1-12. */
export interface BerlinWallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Whether year, month and day name a real calendar day (no 32.01. or 29.02. in a common year). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether hour and minute name a real time of day (00:00 to 23:59). */
export function isTimeOfDay(hour: number, minute: number): boolean {
  return (
    Number.isInteger(hour) &&
    Number.isInteger(minute) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59
  );
}

/** Berlin's UTC offset in minutes at an instant (60 in winter, 120 in summer), read from the Intl time zone database. */
export function berlinOffsetMinutes(instantMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of berlinFormatter.formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallClockAsUtc = Date.UTC(
    parts['year'],
    parts['month'] - 1,
    parts['day'],
    parts['hour'],
    parts['minute'],
    parts['second'],
  );
  const instantWithoutMilliseconds = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return (wallClockAsUtc - instantWithoutMilliseconds) / MILLISECONDS_PER_MINUTE;
}

/**
 * The UTC instant of a Europe/Berlin wall-clock time.
 * A time repeated when clocks go back resolves to its first (summer time) occurrence; a time skipped when
 * clocks go forward is read with the winter offset, landing one hour later on the wall clock (the
 * "compatible" rule of Temporal and of most calendar software).
 */
export function berlinWallTimeToUtc(wallTime: BerlinWallTime): Date {
  const { year, month, day, hour, minute } = wallTime;
  if (!isCalendarDay(year, month, day) || !isTimeOfDay(hour, minute)) {
    throw new RangeError(`not a valid wall-clock time: ${JSON.stringify(wallTime)}`);
  }
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = berlinOffsetMinutes(wallClockAsUtc - MILLISECONDS_PER_DAY);
  const offsetAfter = berlinOffsetMinutes(wallClockAsUtc + MILLISECONDS_PER_DAY);
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => wallClockAsUtc - offset * MILLISECONDS_PER_MINUTE)
    .filter(
      (candidate) => candidate + berlinOffsetMinutes(candidate) * MILLISECONDS_PER_MINUTE === wallClockAsUtc,
    );
  const instant =
    matching.length > 0 ? Math.min(...matching) : wallClockAsUtc - offsetBefore * MILLISECONDS_PER_MINUTE;
  return new Date(instant);
}

/** The first instant of the Europe/Berlin calendar day an instant falls on. */
export function berlinDayStart(instant: Date): Date {
  const wallClock = new Date(
    instant.getTime() + berlinOffsetMinutes(instant.getTime()) * MILLISECONDS_PER_MINUTE,
  );
  return berlinWallTimeToUtc({
    year: wallClock.getUTCFullYear(),
    month: wallClock.getUTCMonth() + 1,
    day: wallClock.getUTCDate(),
    hour: 0,
    minute: 0,
  });
}
