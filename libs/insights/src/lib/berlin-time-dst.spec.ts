import {
  berlinDayOfInstant,
  berlinDayOfUtcHour,
  berlinOffsetHours,
  startOfBerlinDay,
  utcHourKeyOfInstant,
} from './berlin-time';

describe('Europe/Berlin around the clock changes', () => {
  it('switches to summer time at 01:00 UTC on the last Sunday of March (2021-03-28, 2022-03-27)', () => {
    expect(berlinOffsetHours(Date.parse('2021-03-28T00:59:59.999Z'))).toBe(1);
    expect(berlinOffsetHours(Date.parse('2021-03-28T01:00:00.000Z'))).toBe(2);
    expect(berlinOffsetHours(Date.parse('2022-03-27T00:00:00.000Z'))).toBe(1);
    expect(berlinOffsetHours(Date.parse('2022-03-27T01:00:00.000Z'))).toBe(2);
  });

  it('switches back at 01:00 UTC on the last Sunday of October (2021-10-31, 2022-10-30)', () => {
    expect(berlinOffsetHours(Date.parse('2021-10-31T00:59:59.999Z'))).toBe(2);
    expect(berlinOffsetHours(Date.parse('2021-10-31T01:00:00.000Z'))).toBe(1);
    expect(berlinOffsetHours(Date.parse('2022-10-30T00:00:00.000Z'))).toBe(2);
    expect(berlinOffsetHours(Date.parse('2022-10-30T01:00:00.000Z'))).toBe(1);
  });

  it('starts a Berlin day at 23:00 UTC in winter and 22:00 UTC in summer, including both change days', () => {
    expect(startOfBerlinDay('2022-01-27')).toBe('2022-01-26T23:00:00.000Z');
    expect(startOfBerlinDay('2022-03-27')).toBe('2022-03-26T23:00:00.000Z');
    expect(startOfBerlinDay('2022-03-28')).toBe('2022-03-27T22:00:00.000Z');
    expect(startOfBerlinDay('2022-07-15')).toBe('2022-07-14T22:00:00.000Z');
    expect(startOfBerlinDay('2022-10-30')).toBe('2022-10-29T22:00:00.000Z');
    expect(startOfBerlinDay('2022-10-31')).toBe('2022-10-30T23:00:00.000Z');
    expect(startOfBerlinDay('2021-03-28')).toBe('2021-03-27T23:00:00.000Z');
    expect(startOfBerlinDay('2021-10-31')).toBe('2021-10-30T22:00:00.000Z');
  });

  it('puts the 23 UTC hours of the March change day and the 25 of the October one on that day', () => {
    const hoursOf = (firstHourKey: string, count: number) =>
      Array.from({ length: count }, (_, index) =>
        berlinDayOfUtcHour(
          new Date(Date.parse(`${firstHourKey}:00:00Z`) + index * 3_600_000).toISOString().slice(0, 13),
        ),
      );
    expect(hoursOf('2022-03-26T23', 23).every((day) => day === '2022-03-27')).toBe(true);
    expect(berlinDayOfUtcHour('2022-03-27T22')).toBe('2022-03-28');
    expect(hoursOf('2022-10-29T22', 25).every((day) => day === '2022-10-30')).toBe(true);
    expect(berlinDayOfUtcHour('2022-10-30T23')).toBe('2022-10-31');
  });

  it('reads the day of instants written with any offset', () => {
    expect(berlinDayOfInstant('2022-01-26T22:59:59.999Z')).toBe('2022-01-26');
    expect(berlinDayOfInstant('2022-01-26T23:00:00Z')).toBe('2022-01-27');
    expect(berlinDayOfInstant('2022-07-15T00:30:00+02:00')).toBe('2022-07-15');
    expect(berlinDayOfInstant('2022-10-29T23:30:00+01:00')).toBe('2022-10-30');
  });

  it('keys an instant by its UTC hour, whatever offset it is written in', () => {
    expect(utcHourKeyOfInstant('2022-01-27T15:10:00+01:00')).toBe('2022-01-27T14');
    expect(utcHourKeyOfInstant('2022-10-30T02:30:00+02:00')).toBe('2022-10-30T00');
    expect(utcHourKeyOfInstant('2022-10-30T02:30:00+01:00')).toBe('2022-10-30T01');
    expect(utcHourKeyOfInstant('2021-12-31T23:59:59.999Z')).toBe('2021-12-31T23');
  });
});
