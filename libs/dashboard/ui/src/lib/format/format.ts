import type { DatePrecision } from '@tenor/contracts';

/** Comment and article times are shown in the newsroom's time zone, whatever the browser's. */
export const NEWSROOM_TIME_ZONE = 'Europe/Berlin';

/** A comment's posting time, e.g. "27.01.2022, 15:10" in de-DE; unparsable input is returned as is. */
export function formatDateTime(isoInstant: string, locale: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) {
    return isoInstant;
  }
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: NEWSROOM_TIME_ZONE,
  }).format(date);
}

/** An article's publication date at the precision it is known: "Jan. 2022" (month), "27.01.2022" (day) or with time (minute). */
export function formatPublishedDate(
  isoInstant: string,
  precision: DatePrecision | null,
  locale: string,
): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) {
    return isoInstant;
  }
  const options: Intl.DateTimeFormatOptions =
    precision === 'month'
      ? { month: 'short', year: 'numeric' }
      : precision === 'minute'
        ? { dateStyle: 'medium', timeStyle: 'short' }
        : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: NEWSROOM_TIME_ZONE }).format(date);
}

/** A calendar day given as YYYY-MM-DD, e.g. "27.01.2022"; the day is not shifted by any time zone. */
export function formatDay(isoDay: string, locale: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (![year, month, day].every(Number.isInteger)) {
    return isoDay;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A tone compound (−1..1) with sign and two decimals, e.g. "+0,42" in de-DE; zero has no sign. */
export function formatCompound(compound: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(compound);
}

/** A risk score (0..1) with two decimals, e.g. "0,87" in de-DE. */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

/** A whole count with grouping, e.g. "1.234" in de-DE. */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The newsroom's calendar day (YYYY-MM-DD) of an instant; empty for an unparsable one. */
export function newsroomDay(isoInstant: string): string {
  const time = new Date(isoInstant).getTime();
  return Number.isNaN(time) ? '' : BERLIN_DAY.format(new Date(time));
}

/** The newsroom's last calendar day before an exclusive end instant (midnight ends the previous day). */
export function newsroomDayBefore(isoInstant: string): string {
  const time = new Date(isoInstant).getTime();
  return Number.isNaN(time) ? '' : BERLIN_DAY.format(new Date(time - 1));
}

/** A time range between two instants (end exclusive), e.g. "05.03.2024, 15:00 – 16:00": the end's date only when it differs. */
export function formatInstantRange(start: string, end: string, locale: string): string {
  const startDate = new Date(start);
  const endDate = new Date(end);
  if (Number.isNaN(startDate.getTime()) || Number.isNaN(endDate.getTime())) {
    return `${start} – ${end}`;
  }
  const isSameDay = BERLIN_DAY.format(startDate) === BERLIN_DAY.format(endDate);
  const endText = isSameDay
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: NEWSROOM_TIME_ZONE }).format(endDate)
    : formatDateTime(end, locale);
  return `${formatDateTime(start, locale)} – ${endText}`;
}

/** A share (0..1) as a whole or one-decimal percentage, e.g. "12,5 %" in de-DE. */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
