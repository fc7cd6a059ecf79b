import { ingestErrorOf } from '../testing/ingest-error-of';
import { readChunks } from '../testing/reader-outputs';
import { createCsvReader, parseCsv } from './csv-reader';
import { parseNdjson } from './ndjson-parser';

const HEADER = 'externalId,articleExternalId,author,postedAt,title,body';
const GOOD_ROW = 'c-1,a-1,Anna,2022-01-27T21:29:00Z,,Text';
// Row 2 spans lines 2-4 and row 3 spans lines 5-6, so the row after them starts on line 7.
const MULTI_LINE_ROWS = [
  'c-1,a-1,Anna,2022-01-27T21:29:00Z,"Titel","Zeile eins',
  'Zeile zwei',
  'Zeile drei"',
  'c-2,a-1,Ben,2022-01-27T21:30:00Z,"Zwei',
  'Zeilen",Text',
].join('\n');
const MULTI_LINE_ROWS_IN_GERMAN = MULTI_LINE_ROWS.replace('drei"', 'drei",de').replace(',Text', ',Text,de');

describe('parseCsv row errors', () => {
  it('reports a row with the wrong number of cells at the line it starts on, after multi-line fields', () => {
    const error = ingestErrorOf(() => parseCsv(`${HEADER}\n${MULTI_LINE_ROWS}\nc-3,a-1,Cem\n`, 'c.csv'));
    expect(error.line).toBe(7);
    expect(error.message).toBe('c.csv:7: row has 3 cells, the header has 6 columns');
    const tooMany = ingestErrorOf(() => parseCsv(`${HEADER}\n${GOOD_ROW},extra`, 'c.csv'));
    expect(tooMany.message).toBe('c.csv:2: row has 7 cells, the header has 6 columns');
  });

  it.each([
    ['an empty externalId', { externalId: '' }],
    ['a blank author', { author: '   ' }],
    ['a local date', { postedAt: '27.01.22 22:29' }],
    ['a zone-less time', { postedAt: '2022-01-27T21:29:00' }],
    ['an impossible day', { postedAt: '2022-02-30T10:00:00Z' }],
    ['an unknown language', { language: 'fr' }],
    ['an empty body', { body: '' }],
  ])('reports %s with the same field and words as NDJSON', (_name, override) => {
    const comment = {
      externalId: 'c-9',
      articleExternalId: 'a-1',
      author: 'Anna',
      postedAt: '2022-01-27T21:29:00Z',
      body: 'Text',
      language: 'de',
      ...override,
    };
    const csvRow = [
      comment.externalId,
      comment.articleExternalId,
      comment.author,
      comment.postedAt,
      '',
      comment.body,
    ]
      .map((cell) => `"${cell}"`)
      .join(',');
    const csvError = ingestErrorOf(() =>
      parseCsv(`${HEADER},language\n${MULTI_LINE_ROWS_IN_GERMAN}\n${csvRow},${comment.language}`, 'feed.csv'),
    );
    const ndjsonError = ingestErrorOf(() =>
      parseNdjson(`\n\n\n\n\n\n${JSON.stringify({ kind: 'comment', ...comment })}`, 'feed.csv'),
    );
    expect(csvError.line).toBe(7);
    expect(csvError.field).toBe(ndjsonError.field);
    expect(csvError.message).toBe(ndjsonError.message);
  });

  it('reports an unclosed quote at the line where its field starts', () => {
    const text = `${HEADER}\n${GOOD_ROW}\nc-2,a-1,Anna,2022-01-27T21:29:00Z,"Titel\nzweite Zeile","offen\nund weiter\n`;
    const error = ingestErrorOf(() => parseCsv(text, 'c.csv'));
    expect(error.line).toBe(4);
    expect(error.message).toBe('c.csv:4: quoted field is not closed by the end of the input');
  });

  it('refuses a quote inside an unquoted field', () => {
    const error = ingestErrorOf(() =>
      parseCsv(`${HEADER}\n${GOOD_ROW}\nc-2,a-1,Anna,2022-01-27T21:29:00Z,,Er sagt "ja"`, 'c.csv'),
    );
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      'c.csv:3: quote inside the unquoted field 6: enclose the field in quotes and double the quotes inside',
    );
  });

  it('refuses text after a closing quote', () => {
    const error = ingestErrorOf(() =>
      parseCsv(`${HEADER}\nc-2,a-1,"Anna" B,2022-01-27T21:29:00Z,,Text`, 'c.csv'),
    );
    expect(error.message).toBe('c.csv:2: unexpected " " after the closing quote of field 3');
  });

  it('throws the first bad row of the file', () => {
    const text = `${HEADER}\n${GOOD_ROW}\nc-2,a-1\nc-3,a-1,Anna,2022-01-27T21:29:00Z,,\n`;
    expect(ingestErrorOf(() => parseCsv(text, 'c.csv')).line).toBe(3);
  });
});

describe('createCsvReader row errors', () => {
  it('reports every bad row and keeps the good ones, each at its start line', () => {
    const text = [
      HEADER,
      MULTI_LINE_ROWS,
      'c-3,a-1,Cem',
      'c-4,a-1,Dora,gestern,,Text',
      'c-5,a-1,"Emil" E,2022-01-27T21:29:00Z,,Text',
      'c-6,a-1,Fritz,2022-01-27T21:29:00Z,,"Schluss"',
      'c-7,a-1,Gerd,2022-01-27T21:29:00Z,,"offen',
      '',
    ].join('\n');
    const outputs = readChunks(createCsvReader('c.csv'), [text]);
    expect(
      outputs.map((output) => ('error' in output ? `error ${output.line}` : `${output.kind} ${output.line}`)),
    ).toEqual(['comment 2', 'comment 5', 'error 7', 'error 8', 'error 9', 'comment 10', 'error 11']);
    const errors = outputs.flatMap((output) => ('error' in output ? [output.error.message] : []));
    expect(errors).toEqual([
      'c.csv:7: row has 3 cells, the header has 6 columns',
      'c.csv:8: postedAt must be an ISO 8601 instant with time zone such as 2022-01-27T21:29:00Z, got "gestern"',
      'c.csv:9: unexpected " " after the closing quote of field 3',
      'c.csv:11: quoted field is not closed by the end of the input',
    ]);
  });
});
