import { addDays, daysBetween, isDay } from '@tenor/insights';

// A UTC or offset instant with at least minutes, as the API writes bucket bounds (2022-01-27T14:00:00.000Z).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Calendar-day arithmetic, shared with the API through @tenor/insights. */
export { addDays, daysBetween };

/** Whether a value is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string | null | undefined): value is string {
  return !!value && isDay(value);
}

/** Whether a value is an ISO 8601 instant with a time zone (`Z` or an offset). */
export function isIsoInstant(value: string | null | undefined): value is string {
  return !!value && ISO_INSTANT.test(value) && !Number.isNaN(new Date(value).getTime());
}

/** The calendar day after an ISO day. */
export function nextDay(isoDay: string): string {
  return addDays(isoDay, 1);
}
