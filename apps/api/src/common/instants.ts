import { isDay, startOfBerlinDay } from '@tenor/insights';

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Europe/Berlin calendar day (YYYY-MM-DD) of an instant. */
export function berlinDay(instant: string | Date): string {
  return BERLIN_DAY.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** An instant as the ISO 8601 UTC string the database stores. */
export function toStoredInstant(instant: string | Date): string {
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
