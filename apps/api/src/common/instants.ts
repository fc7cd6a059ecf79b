import { isDay, startOfBerlinDay } from '@tenor/insights';

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The form toISOString writes, which the database stores; a string already in it needs no Date.
const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// Since 1893 Berlin's offsets are whole hours and change on the hour, so one UTC hour lies within one Berlin day; the
// day of each hour seen is kept (a bulk ingest asks for the same few hours hundreds of times), cleared past this many.
const BERLIN_DAY_CACHE_LIMIT = 10_000;
const berlinDayOfHour = new Map<string, string>();

/** The Europe/Berlin calendar day (YYYY-MM-DD) of an instant. */
export function berlinDay(instant: string | Date): string {
  if (typeof instant !== 'string' || instant < '1900' || !STORED_INSTANT.test(instant)) {
    return BERLIN_DAY.format(typeof instant === 'string' ? new Date(instant) : instant);
  }
  // Two short pieces make a new flat string; one 13-character slice would keep the whole source text (a parsed
  // input chunk) alive for as long as the cache holds the key.
  const hour = `${instant.slice(0, 10)}${instant.slice(11, 13)}`;
  let day = berlinDayOfHour.get(hour);
  if (day === undefined) {
    if (berlinDayOfHour.size >= BERLIN_DAY_CACHE_LIMIT) berlinDayOfHour.clear();
    day = BERLIN_DAY.format(new Date(instant));
    berlinDayOfHour.set(hour, day);
  }
  return day;
}

/** An instant as the ISO 8601 UTC string the database stores. */
export function toStoredInstant(instant: string | Date): string {
  if (typeof instant === 'string' && STORED_INSTANT.test(instant)) return instant;
  return (typeof instant === 'string' ? new Date(instant) : instant).toISOString();
}

/** Now, as stored. */
export function nowInstant(): string {
  return new Date().toISOString();
}

/** A range bound as stored: a bare day (YYYY-MM-DD) is the start of that Europe/Berlin day, an instant itself. */
export function rangeBound(dayOrInstant: string): string {
  return isDay(dayOrInstant) ? startOfBerlinDay(dayOrInstant) : toStoredInstant(dayOrInstant);
}
