import { berlinDayOfUtcHour } from './berlin-time';

const HOUR = 3_600_000;

describe('the arithmetic zone rule against the Intl time zone database', () => {
  it('gives the same Berlin day as Intl for every UTC hour of 2021 through 2023', () => {
    const intlDay = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const mismatches: string[] = [];
    for (let ms = Date.parse('2021-01-01T00:00:00Z'); ms < Date.parse('2024-01-01T00:00:00Z'); ms += HOUR) {
      const hourKey = new Date(ms).toISOString().slice(0, 13);
      const expected = intlDay.format(new Date(ms));
      if (berlinDayOfUtcHour(hourKey) !== expected) mismatches.push(`${hourKey}: ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });
});
