import { berlinDayOfMs, isDay, startOfBerlinDay } from '@tenor/insights';

// The form toISOString writes, which the database stores; a string already in it needs no Date.
const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The Europe/Berlin calendar day (YYYY-MM-DD) of an instant: the same rule the trend buckets use (@tenor/insights). */
export function berlinDay(instant: string | Date): string {
  return berlinDayOfMs(typeof instant === 'string' ? Date.parse(instant) : instant.getTime());
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
