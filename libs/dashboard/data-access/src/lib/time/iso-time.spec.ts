import { addDays, daysBetween, isIsoDay, isIsoInstant, nextDay } from './iso-time';

describe('isIsoDay', () => {
  it('accepts real days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('01.01.2022')).toBe(false);
    expect(isIsoDay('2022-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDay(null)).toBe(false);
  });
});

describe('isIsoInstant', () => {
  it('accepts instants with a zone and refuses days and local times', () => {
    expect(isIsoInstant('2022-01-27T14:00:00.000Z')).toBe(true);
    expect(isIsoInstant('2022-01-27T15:00+01:00')).toBe(true);
    expect(isIsoInstant('2022-01-27T15:00:00')).toBe(false);
    expect(isIsoInstant('2022-01-27')).toBe(false);
    expect(isIsoInstant('2022-13-27T15:00:00Z')).toBe(false);
  });
});

describe('nextDay and addDays', () => {
  it('cross month, year and leap-day boundaries', () => {
    expect(nextDay('2022-01-31')).toBe('2022-02-01');
    expect(nextDay('2021-12-31')).toBe('2022-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-30', -29)).toBe('2024-01-01');
  });

  it('are not shifted by daylight saving time', () => {
    expect(nextDay('2022-03-27')).toBe('2022-03-28');
    expect(nextDay('2022-10-30')).toBe('2022-10-31');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a daylight saving change', () => {
    expect(daysBetween('2022-03-26', '2022-03-28')).toBe(2);
    expect(daysBetween('2022-01-01', '2022-01-01')).toBe(0);
    expect(daysBetween('2022-02-01', '2022-01-01')).toBe(-31);
  });
});
