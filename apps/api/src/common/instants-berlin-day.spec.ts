import { berlinDay, toStoredInstant } from './instants';

const BERLIN = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('berlinDay of stored instants', () => {
  it('agrees with the time zone database every 7 minutes 13 seconds across two years and their clock changes', () => {
    for (let time = Date.UTC(2023, 0, 1); time < Date.UTC(2025, 0, 1); time += 433_000) {
      const stored = new Date(time).toISOString();
      expect([stored, berlinDay(stored)]).toEqual([stored, BERLIN.format(new Date(time))]);
    }
  });

  it('reads the first hour after midnight in Berlin as the new day, in winter and in summer', () => {
    expect(berlinDay('2024-01-14T22:59:59.999Z')).toBe('2024-01-14');
    expect(berlinDay('2024-01-14T23:00:00.000Z')).toBe('2024-01-15');
    expect(berlinDay('2024-07-14T21:59:59.999Z')).toBe('2024-07-14');
    expect(berlinDay('2024-07-14T22:00:00.000Z')).toBe('2024-07-15');
  });

  it('takes other forms and Dates as before', () => {
    expect(berlinDay('2024-07-14T22:00:00Z')).toBe('2024-07-15');
    expect(berlinDay(new Date('2024-07-14T22:00:00Z'))).toBe('2024-07-15');
    expect(toStoredInstant('2024-07-15T00:00:00+02:00')).toBe('2024-07-14T22:00:00.000Z');
    expect(toStoredInstant('2024-07-14T22:00:00.000Z')).toBe('2024-07-14T22:00:00.000Z');
  });
});
