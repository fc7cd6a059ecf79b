import { ingestErrorOf } from '../testing/ingest-error-of';
import { createCsvReader, parseCsv } from './csv-reader';
import { IngestError } from './ingest-error';

const HEADER = 'externalId,articleExternalId,author,postedAt,body';
const ROW = 'c-1,a-1,Anna,2022-01-27T21:29:00Z,Text';

describe('parseCsv header errors', () => {
  it('names an unknown column, on line 1', () => {
    const error = ingestErrorOf(() => parseCsv(`${HEADER},score\n${ROW},3`, 'comments.csv'));
    expect(error).toMatchObject({ file: 'comments.csv', line: 1, field: 'score' });
    expect(error.message).toBe(
      'comments.csv:1: unknown column "score" (expected externalId, articleExternalId, author, postedAt, body, ' +
        'title, language, articleTitle, articleUrl, articlePublishedAt, articleSection)',
    );
  });

  it('matches column names case-sensitively and exactly', () => {
    expect(ingestErrorOf(() => parseCsv(HEADER.replace('body', 'Body'), 'c.csv')).field).toBe('Body');
    expect(ingestErrorOf(() => parseCsv(HEADER.replace('body', ' body'), 'c.csv')).message).toContain(
      'unknown column " body"',
    );
    expect(ingestErrorOf(() => parseCsv(`${HEADER},`, 'c.csv')).message).toContain('unknown column ""');
  });

  it('lists the missing required columns', () => {
    const error = ingestErrorOf(() => parseCsv('externalId,articleExternalId,author\nc,a,Anna', 'c.csv'));
    expect(error.line).toBe(1);
    expect(error.message).toBe('c.csv:1: missing required columns postedAt, body');
    expect(ingestErrorOf(() => parseCsv(HEADER.replace(',body', ''), 'c.csv')).message).toBe(
      'c.csv:1: missing required column body',
    );
  });

  it('refuses a column given twice', () => {
    const error = ingestErrorOf(() => parseCsv(`${HEADER},author`, 'c.csv'));
    expect(error).toMatchObject({ line: 1, field: 'author' });
    expect(error.message).toBe('c.csv:1: column "author" appears twice');
  });

  it('refuses article columns without the articleTitle column, which they would be lost without', () => {
    const error = ingestErrorOf(() => parseCsv(`${HEADER},articleUrl\n${ROW},https://example.org`, 'c.csv'));
    expect(error).toMatchObject({ line: 1, field: 'articleUrl' });
    expect(error.message).toBe('c.csv:1: column "articleUrl" needs the articleTitle column');
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \r\n\n'],
    ['a byte order mark alone', '\uFEFF'],
  ])('refuses %s: the header row is required', (_name, text) => {
    expect(ingestErrorOf(() => parseCsv(text, 'c.csv')).message).toBe('c.csv:1: missing header row');
  });

  it('reports a header whose quote is never closed at the line the field starts', () => {
    const error = ingestErrorOf(() => parseCsv(`externalId,"articleExternalId\n${ROW}\n`, 'c.csv'));
    expect(error.line).toBe(1);
    expect(error.message).toBe('c.csv:1: quoted field is not closed by the end of the input');
  });
});

describe('createCsvReader header errors', () => {
  it('throws the header error from push, even with valid rows in the same chunk, and again on every later call', () => {
    const reader = createCsvReader('stream.csv');
    const first = ingestErrorOf(() => reader.push(`${HEADER},score\n${ROW},1\n`));
    expect(first.message).toContain('unknown column "score"');
    expect(() => reader.push(`${ROW},1\n`)).toThrow(first);
    expect(() => reader.end()).toThrow(first);
  });

  it('throws from the push that completes the header, not before', () => {
    const reader = createCsvReader('stream.csv');
    expect(reader.push('externalId,author,sco')).toEqual([]);
    expect(reader.push('re')).toEqual([]);
    expect(() => reader.push('\n')).toThrow(IngestError);
  });

  it('throws a missing header from end', () => {
    const reader = createCsvReader('stream.csv');
    expect(reader.push('\r\n')).toEqual([]);
    expect(ingestErrorOf(() => reader.end()).message).toBe('stream.csv:1: missing header row');
  });
});
