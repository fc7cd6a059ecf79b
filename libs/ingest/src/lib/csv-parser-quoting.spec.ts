import { readChunks } from '../testing/reader-outputs';
import { createCsvReader, parseCsv } from './csv-reader';

const HEADER = 'externalId,articleExternalId,author,postedAt,body';
const POSTED_AT = '2022-01-27T21:29:00Z';
const row = (externalId: string, body: string) => `${externalId},a-1,Anna,${POSTED_AT},${body}`;
const bodies = (text: string) => parseCsv(text, 'comments.csv').comments.map((comment) => comment.body);
const commentLines = (text: string) =>
  readChunks(createCsvReader('comments.csv'), [text]).map((output) => output.line);

describe('parseCsv quoting and line ends', () => {
  it('reads one comment per row by header name, in any column order, normalising postedAt to UTC', () => {
    const text = [
      'body,author,externalId,postedAt,articleExternalId',
      'Erster Kommentar,Anna,c-1,2022-01-27T22:29:00+01:00,a-1',
      'Zweiter,Ben,c-2,2022-07-15T12:00:00+02:00,a-2',
    ].join('\n');
    expect(parseCsv(text, 'comments.csv')).toEqual({
      articles: [],
      comments: [
        {
          externalId: 'c-1',
          articleExternalId: 'a-1',
          author: 'Anna',
          postedAt: '2022-01-27T21:29:00.000Z',
          body: 'Erster Kommentar',
        },
        {
          externalId: 'c-2',
          articleExternalId: 'a-2',
          author: 'Ben',
          postedAt: '2022-07-15T10:00:00.000Z',
          body: 'Zweiter',
        },
      ],
    });
  });

  it('keeps commas inside quotes and turns doubled quotes into one', () => {
    const text = [
      HEADER,
      row('c-1', '"Ja, aber ""nein"", sagt er"'),
      row('c-2', '""""'),
      row('c-3', '"a,b,,c"'),
    ].join('\n');
    expect(bodies(text)).toEqual(['Ja, aber "nein", sagt er', '"', 'a,b,,c']);
  });

  it('keeps line breaks inside quotes as LF and counts them as lines for the rows after', () => {
    const text = [
      HEADER,
      row('c-1', '"Zeile eins\nZeile zwei\r\nZeile drei\rZeile vier"'),
      row('c-2', '"\n\nnach zwei Leerzeilen"'),
      row('c-3', 'schlicht'),
    ].join('\r\n');
    expect(bodies(text)).toEqual([
      'Zeile eins\nZeile zwei\nZeile drei\nZeile vier',
      '\n\nnach zwei Leerzeilen',
      'schlicht',
    ]);
    expect(commentLines(text)).toEqual([2, 6, 9]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('accepts %s row ends, with or without a final line break', (_name, lineBreak) => {
    const rows = [HEADER, row('c-1', 'eins'), row('c-2', 'zwei')];
    expect(bodies(rows.join(lineBreak))).toEqual(['eins', 'zwei']);
    expect(bodies(rows.join(lineBreak) + lineBreak)).toEqual(['eins', 'zwei']);
    expect(commentLines(rows.join(lineBreak) + lineBreak)).toEqual([2, 3]);
  });

  it('ignores a UTF-8 byte order mark before the header', () => {
    expect(bodies(`\uFEFF${HEADER}\r\n${row('c-1', 'eins')}\r\n`)).toEqual(['eins']);
  });

  it('skips empty and whitespace-only lines but counts them', () => {
    const text = `\n${HEADER}\n\n${row('c-1', 'eins')}\n   \n\t\n${row('c-2', 'zwei')}\n\n`;
    expect(bodies(text)).toEqual(['eins', 'zwei']);
    expect(commentLines(text)).toEqual([4, 7]);
  });

  it('treats empty optional cells as absent and keeps filled ones', () => {
    const text = [
      `${HEADER},title,language`,
      `${row('c-1', 'eins')},,`,
      `${row('c-2', 'zwei')},"",""`,
      `${row('c-3', 'drei')},Titel,en`,
    ].join('\n');
    const [first, second, third] = parseCsv(text, 'comments.csv').comments;
    expect(first).not.toHaveProperty('title');
    expect(first).not.toHaveProperty('language');
    expect(second).toEqual({
      externalId: 'c-2',
      articleExternalId: 'a-1',
      author: 'Anna',
      postedAt: '2022-01-27T21:29:00.000Z',
      body: 'zwei',
    });
    expect(third).toMatchObject({ title: 'Titel', language: 'en' });
  });

  it('keeps spaces around unquoted cells as they are', () => {
    expect(bodies(`${HEADER}\n${row('c-1', '  mit Leerraum ')}`)).toEqual(['  mit Leerraum ']);
  });

  it('returns an empty batch for a header without rows', () => {
    expect(parseCsv(`${HEADER}\r\n`, 'comments.csv')).toEqual({ articles: [], comments: [] });
  });
});
