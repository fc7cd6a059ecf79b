import {
  addDays,
  berlinDayOfInstant,
  berlinDayOfUtcHour,
  daysBetween,
  isDay,
  isHourKey,
  startOfBerlinDay,
  utcHourKeyOfInstant,
  weekStartOf,
} from './berlin-time';

describe('Berlin calendar days', () => {
  it('adds and counts days across month, leap-day and year ends', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-02-28', 1)).toBe('2022-03-01');
    expect(addDays('2022-03-27', 1)).toBe('2022-03-28');
    expect(daysBetween('2021-12-01', '2022-01-01')).toBe(31);
    expect(daysBetween('2022-01-01', '2021-12-01')).toBe(-31);
    expect(daysBetween('2022-01-01', '2023-01-01')).toBe(365);
    expect(daysBetween('2022-03-01', '2022-11-01')).toBe(245);
  });

  it('finds the Monday of a week, also across a year end', () => {
    expect(weekStartOf('2022-01-27')).toBe('2022-01-24');
    expect(weekStartOf('2022-01-24')).toBe('2022-01-24');
    expect(weekStartOf('2022-01-30')).toBe('2022-01-24');
    expect(weekStartOf('2022-01-01')).toBe('2021-12-27');
    expect(weekStartOf('2023-01-01')).toBe('2022-12-26');
  });

  it('puts the first hours of the new year in Berlin on 1 January', () => {
    expect(startOfBerlinDay('2022-01-01')).toBe('2021-12-31T23:00:00.000Z');
    expect(berlinDayOfUtcHour('2021-12-31T22')).toBe('2021-12-31');
    expect(berlinDayOfUtcHour('2021-12-31T23')).toBe('2022-01-01');
    expect(berlinDayOfInstant('2022-12-31T23:15:00.000Z')).toBe('2023-01-01');
  });

  it('recognises days and hour keys and nothing else', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2022-02-29')).toBe(false);
    expect(isDay('2022-1-27')).toBe(false);
    expect(isHourKey('2022-01-27T23')).toBe(true);
    expect(isHourKey('2022-01-27T24')).toBe(false);
    expect(isHourKey('2022-01-27')).toBe(false);
  });

  it('rejects malformed input with a RangeError naming it', () => {
    expect(() => addDays('27.01.2022', 1)).toThrow(/not a day .*27\.01\.2022/);
    expect(() => addDays('2022-01-27', 0.5)).toThrow(RangeError);
    expect(() => berlinDayOfUtcHour('2022-01-27 14')).toThrow(/not an hour key/);
    expect(() => berlinDayOfInstant('2022-01-27T14:00:00')).toThrow(/not an ISO instant with a zone/);
    expect(() => utcHourKeyOfInstant('2022-01-27')).toThrow(RangeError);
  });
});
