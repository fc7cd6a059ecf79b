import { formatBucketLabel, formatPercent, toPercent } from './trend-chart-layout';

describe('formatBucketLabel', () => {
  it('formats hours as day, month and time without shifting the Berlin label', () => {
    expect(formatBucketLabel('2024-03-31 02:00', 'hour', 'de-DE')).toBe('31.03., 02:00');
    expect(formatBucketLabel('2024-03-05 15:00', 'hour', 'en-GB')).toBe('05/03, 15:00');
  });

  it('formats days and weeks as dates and leaves odd labels alone', () => {
    expect(formatBucketLabel('2024-03-04', 'week', 'de-DE')).toBe('04.03.2024');
    expect(formatBucketLabel('gestern 15 Uhr', 'hour', 'de-DE')).toBe('gestern 15 Uhr');
  });
});

describe('toPercent and formatPercent', () => {
  it('round shares to a tenth of a percent and show gaps as a dash', () => {
    expect(toPercent(0.12345)).toBe(12.3);
    expect(toPercent(null)).toBeNull();
    expect(formatPercent(12.5, 'de-DE')).toBe('12,5 %');
    expect(formatPercent(null, 'de-DE')).toBe('–');
  });
});
