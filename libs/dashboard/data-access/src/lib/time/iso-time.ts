const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A UTC or offset instant with at least minutes, as the API writes bucket bounds (2022-01-27T14:00:00.000Z).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;

/** Whether a value is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string | null | undefined): value is string {
  const match = value ? ISO_DAY.exec(value) : null;
  if (match === null) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a value is an ISO 8601 instant with a time zone (`Z` or an offset). */
export function isIsoInstant(value: string | null | undefined): value is string {
  return !!value && ISO_INSTANT.test(value) && !Number.isNaN(new Date(value).getTime());
}

/** The calendar day `days` after an ISO day (negative goes back), computed in UTC so no time zone shifts it. */
export function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The calendar day after an ISO day. */
export function nextDay(isoDay: string): string {
  return addDays(isoDay, 1);
}

/** Calendar days from one ISO day to another (0 for the same day, negative when `toDay` is earlier). */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((dayStart(toDay) - dayStart(fromDay)) / MILLISECONDS_PER_DAY);
}

function dayStart(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}
