/** Milliseconds in one hour. */
export const MILLISECONDS_PER_HOUR = 3_600_000;
/** Milliseconds in one calendar day of UTC (a Berlin day may be 23 or 25 hours; see startOfBerlinDay). */
export const MILLISECONDS_PER_DAY = 86_400_000;

// The EU rule Europe/Berlin has followed since 1996: summer time (UTC+2) from the last Sunday of March
// 01:00 UTC to the last Sunday of October 01:00 UTC, winter time (UTC+1) otherwise. Earlier years get the
// same rule, which is not historical (Germany ended summer time in September until 1995).
const SWITCH_HOUR_UTC = 1;
const WINTER_OFFSET_HOURS = 1;
const SUMMER_OFFSET_HOURS = 2;
const MARCH = 2;
const OCTOBER = 9;
const MONDAY = 1;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

interface SummerTime {
  startMs: number;
  endMs: number;
}

const summerTimeByYear = new Map<number, SummerTime>();

function lastSundaySwitchMs(year: number, month: number): number {
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0));
  const lastSunday = lastDayOfMonth.getUTCDate() - lastDayOfMonth.getUTCDay();
  return Date.UTC(year, month, lastSunday, SWITCH_HOUR_UTC);
}

function summerTimeOf(year: number): SummerTime {
  let summerTime = summerTimeByYear.get(year);
  if (summerTime === undefined) {
    summerTime = { startMs: lastSundaySwitchMs(year, MARCH), endMs: lastSundaySwitchMs(year, OCTOBER) };
    summerTimeByYear.set(year, summerTime);
  }
  return summerTime;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Europe/Berlin's offset from UTC in hours at an instant (epoch milliseconds): 1 in winter, 2 in summer. */
export function berlinOffsetHours(instantMs: number): number {
  const { startMs, endMs } = summerTimeOf(new Date(instantMs).getUTCFullYear());
  return instantMs >= startMs && instantMs < endMs ? SUMMER_OFFSET_HOURS : WINTER_OFFSET_HOURS;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Parses `YYYY-MM-DD` (and the day of `YYYY-MM-DDTHH`) without Date objects, as it runs for every rollup key.
function dayMsOrNaN(year: string, month: string, day: string): number {
  const [yearNumber, monthNumber, dayNumber] = [Number(year), Number(month), Number(day)];
  const lastDay = monthNumber === 2 && isLeapYear(yearNumber) ? 29 : DAYS_IN_MONTH[monthNumber - 1];
  const isValid = monthNumber >= 1 && monthNumber <= 12 && dayNumber >= 1 && dayNumber <= lastDay;
  return isValid ? Date.UTC(yearNumber, monthNumber - 1, dayNumber) : Number.NaN;
}

function parseDay(value: string): number {
  const match = DAY_PATTERN.exec(value);
  return match === null ? Number.NaN : dayMsOrNaN(match[1], match[2], match[3]);
}

function parseHourKey(value: string): number {
  const match = HOUR_KEY_PATTERN.exec(value);
  if (match === null || Number(match[4]) > 23) return Number.NaN;
  return dayMsOrNaN(match[1], match[2], match[3]) + Number(match[4]) * MILLISECONDS_PER_HOUR;
}

/** Whether a string is a calendar day `YYYY-MM-DD` that exists (no 2022-02-29). */
export function isDay(value: string): boolean {
  return !Number.isNaN(parseDay(value));
}

/** Whether a string is a UTC hour key `YYYY-MM-DDTHH` of a real day and an hour 00-23. */
export function isHourKey(value: string): boolean {
  return !Number.isNaN(parseHourKey(value));
}

/** The UTC midnight (epoch milliseconds) of a calendar day `YYYY-MM-DD`, used for day arithmetic; throws RangeError for anything else. */
export function dayToUtcMs(day: string): number {
  const ms = parseDay(day);
  if (Number.isNaN(ms)) throw new RangeError(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return ms;
}

/** The calendar day `YYYY-MM-DD` of a UTC midnight (or any instant of that UTC day). */
export function utcMsToDay(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The first instant (epoch milliseconds) of a UTC hour key `YYYY-MM-DDTHH`; throws RangeError for anything else. */
export function hourKeyToMs(hourKey: string): number {
  const ms = parseHourKey(hourKey);
  if (Number.isNaN(ms)) throw new RangeError(`not an hour key (YYYY-MM-DDTHH): ${JSON.stringify(hourKey)}`);
  return ms;
}

/** The UTC hour key `YYYY-MM-DDTHH` of the hour an instant (epoch milliseconds) falls in. */
export function msToHourKey(ms: number): string {
  return `${utcMsToDay(ms)}T${pad(new Date(ms).getUTCHours(), 2)}`;
}

/** Epoch milliseconds of an ISO 8601 instant with a zone (`Z` or `±HH:MM`); throws RangeError for anything else. */
export function instantToMs(iso: string): number {
  const ms = INSTANT_PATTERN.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant with a zone: ${JSON.stringify(iso)}`);
  return ms;
}

/** The Europe/Berlin wall-clock time of an instant (epoch milliseconds), as if it were UTC: read it with getUTC…. */
export function berlinWallClock(instantMs: number): Date {
  return new Date(instantMs + berlinOffsetHours(instantMs) * MILLISECONDS_PER_HOUR);
}

/** The Europe/Berlin calendar day an instant (epoch milliseconds) falls on. */
export function berlinDayOfMs(instantMs: number): string {
  return utcMsToDay(berlinWallClock(instantMs).getTime());
}

/** The Europe/Berlin calendar day `YYYY-MM-DD` an ISO instant falls on (`2022-01-26T23:30:00Z` → `2022-01-27`). */
export function berlinDayOfInstant(iso: string): string {
  return berlinDayOfMs(instantToMs(iso));
}

/** The Europe/Berlin calendar day a UTC hour key falls on (`2022-01-26T23` → `2022-01-27`). */
export function berlinDayOfUtcHour(hourKey: string): string {
  return berlinDayOfMs(hourKeyToMs(hourKey));
}

/** The UTC hour key `YYYY-MM-DDTHH` of the hour an ISO instant falls in (`2022-01-27T15:10:00+01:00` → `2022-01-27T14`). */
export function utcHourKeyOfInstant(iso: string): string {
  return msToHourKey(instantToMs(iso));
}

/** The first instant (epoch milliseconds) of a Europe/Berlin calendar day; always a whole UTC hour. */
export function startOfBerlinDayMs(day: string): number {
  const utcMidnight = dayToUtcMs(day);
  // Clocks switch at 01:00 UTC, after Berlin midnight, so the offset two hours before UTC midnight
  // (the latest Berlin midnight there is) is the offset in force at Berlin midnight.
  return utcMidnight - berlinOffsetHours(utcMidnight - 2 * MILLISECONDS_PER_HOUR) * MILLISECONDS_PER_HOUR;
}

/** The first instant of a Europe/Berlin calendar day as an ISO instant (`2022-01-27` → `2022-01-26T23:00:00.000Z`). */
export function startOfBerlinDay(day: string): string {
  return new Date(startOfBerlinDayMs(day)).toISOString();
}

/** The calendar day `n` days after `day` (before, for negative `n`). */
export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  return utcMsToDay(dayToUtcMs(day) + n * MILLISECONDS_PER_DAY);
}

/** Calendar days from `from` to `to` (negative when `to` comes first); `daysBetween(d, addDays(d, n)) === n`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / MILLISECONDS_PER_DAY);
}

/** The Monday on or before a calendar day: the first day of its ISO week. */
export function weekStartOf(day: string): string {
  const weekday = new Date(dayToUtcMs(day)).getUTCDay();
  return addDays(day, -((weekday - MONDAY + 7) % 7));
}
