import { parseIsoInstant, validateCommentInput } from './validate-record';

/** Instants in every form the pattern allows: minutes only, seconds, 1 to 9 fractional digits, Z and both offset signs. */
function instants(): string[] {
  const texts: string[] = [];
  const days = ['2024-02-29', '2000-02-29', '1999-12-31', '2023-03-26', '2023-10-29', '0100-01-01', '9999-12-31'];
  const times = ['00:00', '23:59', '02:30:59', '12:00:00.5', '12:00:00.05', '12:00:00.999', '12:00:00.9999', '12:00:00.123456789'];
  const zones = ['Z', '+00:00', '+01:00', '-05:30', '+14:00', '-12:45', '+23:59'];
  for (const day of days) for (const time of times) for (const zone of zones) texts.push(`${day}T${time}${zone}`);
  return texts;
}

describe('parseIsoInstant computed from the fields', () => {
  it('names the same instant as Date parsing the string', () => {
    for (const text of instants()) expect([text, parseIsoInstant(text)?.getTime()]).toEqual([text, new Date(text).getTime()]);
  });

  it('refuses the days that do not exist and the years Date.UTC would misread', () => {
    for (const text of ['1900-02-29T00:00Z', '2023-02-29T00:00Z', '2024-04-31T00:00Z', '2024-13-01T00:00Z', '2024-00-10T00:00Z', '0099-06-01T00:00Z']) {
      expect([text, parseIsoInstant(text)]).toEqual([text, null]);
    }
  });

  it('normalises postedAt to UTC with milliseconds, keeping a string already in that form', () => {
    const comment = { externalId: 'c', articleExternalId: 'a', author: 'A', body: 'B' };
    const location = { file: 'f', line: 1 };
    expect(validateCommentInput({ ...comment, postedAt: '2024-03-31T02:30:00.1234567+02:00' }, location).postedAt).toBe('2024-03-31T00:30:00.123Z');
    expect(validateCommentInput({ ...comment, postedAt: '2024-03-31T00:30:00.123Z' }, location).postedAt).toBe('2024-03-31T00:30:00.123Z');
    expect(validateCommentInput({ ...comment, postedAt: '2024-03-31T00:30Z' }, location).postedAt).toBe('2024-03-31T00:30:00.000Z');
  });
});
