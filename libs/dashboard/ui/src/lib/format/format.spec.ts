import {
  formatCompound,
  formatCount,
  formatDateTime,
  formatDay,
  formatInstantRange,
  formatPublishedDate,
  formatScore,
  formatShare,
  newsroomDay,
  newsroomDayBefore,
} from './format';

describe('formatDateTime', () => {
  it('shows the Berlin wall-clock time in German format', () => {
    expect(formatDateTime('2022-01-27T14:10:00.000Z', 'de-DE')).toBe('27.01.2022, 15:10');
  });

  it('follows daylight saving time', () => {
    expect(formatDateTime('2022-07-01T10:00:00Z', 'de-DE')).toBe('01.07.2022, 12:00');
  });

  it('returns unparsable input unchanged', () => {
    expect(formatDateTime('gestern', 'de-DE')).toBe('gestern');
  });
});

describe('formatPublishedDate', () => {
  it('shows month precision as abbreviated month and year', () => {
    expect(formatPublishedDate('2022-01-01T00:00:00.000Z', 'month', 'de-DE')).toBe('Jan. 2022');
    expect(formatPublishedDate('2021-12-01T00:00:00.000Z', 'month', 'en-GB')).toBe('Dec 2021');
  });

  it('reads a month stored as Berlin midnight in UTC as that month', () => {
    expect(formatPublishedDate('2021-12-31T23:00:00.000Z', 'month', 'de-DE')).toBe('Jan. 2022');
  });

  it('shows day precision as a date and minute precision with the time', () => {
    expect(formatPublishedDate('2022-01-27T09:00:00Z', 'day', 'de-DE')).toBe('27.01.2022');
    expect(formatPublishedDate('2022-01-27T09:00:00Z', 'minute', 'de-DE')).toBe('27.01.2022, 10:00');
  });
});

describe('formatDay', () => {
  it('formats a calendar day without shifting it', () => {
    expect(formatDay('2022-01-27', 'de-DE')).toBe('27.01.2022');
    expect(formatDay('not-a-day', 'de-DE')).toBe('not-a-day');
  });
});

describe('number formats', () => {
  it('signs compounds and uses the locale decimal separator', () => {
    expect(formatCompound(0.4219, 'de-DE')).toBe('+0,42');
    expect(formatCompound(-0.5, 'en-GB')).toBe('-0.50');
    expect(formatCompound(0, 'de-DE')).toBe('0,00');
  });

  it('shows scores with two decimals and counts with grouping', () => {
    expect(formatScore(0.875, 'de-DE')).toBe('0,88');
    expect(formatCount(1234, 'de-DE')).toBe('1.234');
  });
});

describe('formatInstantRange', () => {
  it('leaves out the end date within one Berlin day', () => {
    expect(formatInstantRange('2024-03-05T14:00:00.000Z', '2024-03-05T15:00:00.000Z', 'de-DE')).toBe(
      '05.03.2024, 15:00 – 16:00',
    );
  });

  it('shows both dates across midnight in Berlin', () => {
    expect(formatInstantRange('2024-03-05T22:00:00.000Z', '2024-03-05T23:00:00.000Z', 'de-DE')).toBe(
      '05.03.2024, 23:00 – 06.03.2024, 00:00',
    );
  });
});

describe('formatShare', () => {
  it('shows a share as a percentage with at most one decimal', () => {
    expect(formatShare(0.125, 'de-DE')).toBe('12,5\u00a0%');
    expect(formatShare(0.5, 'en-GB')).toBe('50%');
  });
});

describe('newsroomDay and newsroomDayBefore', () => {
  it('give the Berlin day of an instant, and the day an exclusive end closes', () => {
    expect(newsroomDay('2024-03-05T23:30:00.000Z')).toBe('2024-03-06');
    expect(newsroomDayBefore('2024-03-05T23:00:00.000Z')).toBe('2024-03-05');
    expect(newsroomDayBefore('2024-03-05T23:00:00.001Z')).toBe('2024-03-06');
    expect(newsroomDay('gestern')).toBe('');
  });
});
