import { berlinDayStart, berlinOffsetMinutes, berlinWallTimeToUtc } from './berlin-time';

const utc = (wallTime: Parameters<typeof berlinWallTimeToUtc>[0]) =>
  berlinWallTimeToUtc(wallTime).toISOString();

describe('berlinWallTimeToUtc', () => {
  it('subtracts one hour in winter (CET)', () => {
    expect(utc({ year: 2022, month: 1, day: 27, hour: 22, minute: 29 })).toBe('2022-01-27T21:29:00.000Z');
  });

  it('subtracts two hours in summer (CEST)', () => {
    expect(utc({ year: 2022, month: 7, day: 15, hour: 12, minute: 0 })).toBe('2022-07-15T10:00:00.000Z');
  });

  it('switches on the last Sunday of March at 02:00', () => {
    expect(utc({ year: 2022, month: 3, day: 27, hour: 1, minute: 59 })).toBe('2022-03-27T00:59:00.000Z');
    expect(utc({ year: 2022, month: 3, day: 27, hour: 3, minute: 0 })).toBe('2022-03-27T01:00:00.000Z');
  });

  it('reads a time skipped in spring with the winter offset', () => {
    expect(utc({ year: 2022, month: 3, day: 27, hour: 2, minute: 30 })).toBe('2022-03-27T01:30:00.000Z');
  });

  it('resolves a time repeated in autumn to its first, summer-time occurrence', () => {
    expect(utc({ year: 2022, month: 10, day: 30, hour: 2, minute: 30 })).toBe('2022-10-30T00:30:00.000Z');
    expect(utc({ year: 2022, month: 10, day: 30, hour: 3, minute: 0 })).toBe('2022-10-30T02:00:00.000Z');
  });

  it('gives the first instant of a month for month-precision dates', () => {
    expect(utc({ year: 2022, month: 1, day: 1, hour: 0, minute: 0 })).toBe('2021-12-31T23:00:00.000Z');
    expect(utc({ year: 2021, month: 4, day: 1, hour: 0, minute: 0 })).toBe('2021-03-31T22:00:00.000Z');
  });

  it('refuses impossible wall-clock times', () => {
    expect(() => utc({ year: 2022, month: 2, day: 29, hour: 0, minute: 0 })).toThrow(RangeError);
    expect(() => utc({ year: 2022, month: 1, day: 1, hour: 24, minute: 0 })).toThrow(RangeError);
  });
});

describe('berlinOffsetMinutes', () => {
  it('reads 60 in winter and 120 in summer', () => {
    expect(berlinOffsetMinutes(Date.parse('2022-01-27T12:00:00Z'))).toBe(60);
    expect(berlinOffsetMinutes(Date.parse('2022-07-15T12:00:00Z'))).toBe(120);
  });
});

describe('berlinDayStart', () => {
  it('returns Berlin midnight of the day an instant falls on', () => {
    expect(berlinDayStart(new Date('2022-01-27T14:10:00Z')).toISOString()).toBe('2022-01-26T23:00:00.000Z');
    expect(berlinDayStart(new Date('2022-07-15T22:30:00Z')).toISOString()).toBe('2022-07-15T22:00:00.000Z');
  });
});
