import { ingestErrorOf } from '../testing/ingest-error-of';
import { parseNdjson, parseNdjsonLine } from './ndjson-parser';


const COMMENT = {
  kind: 'comment',
  externalId: 'c',
  articleExternalId: 'a',
  author: 'Anna',
  postedAt: '2022-01-27T21:29:00Z',
  body: 'Text',
};
const ARTICLE = { kind: 'article', externalId: 'a', title: 'Titel' };
const feedWithThirdLine = (thirdLine: string) =>
  [JSON.stringify(ARTICLE), '', thirdLine, JSON.stringify(COMMENT)].join('\n');

describe('parseNdjson errors', () => {
  it('reports invalid JSON with its line and column', () => {
    const error = ingestErrorOf(() => parseNdjson(feedWithThirdLine('{"kind": "comment", '), 'feed.ndjson'));
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      'feed.ndjson:3: invalid JSON at column 21: expected a double-quoted property name',
    );
  });

  it('reports a line that is not an object', () => {
    expect(ingestErrorOf(() => parseNdjson(feedWithThirdLine('[1, 2]'), 'feed.ndjson')).message).toBe(
      'feed.ndjson:3: expected a JSON object per line',
    );
  });

  it.each([
    ['{"externalId":"a","title":"T"}', 'kind must be "article" or "comment", got nothing'],
    ['{"kind":"user","externalId":"a"}', 'kind must be "article" or "comment", got "user"'],
  ])('reports a missing or unknown kind in %s', (line, message) => {
    const error = ingestErrorOf(() => parseNdjson(feedWithThirdLine(line), 'feed.ndjson'));
    expect(error.field).toBe('kind');
    expect(error.line).toBe(3);
    expect(error.message).toBe(`feed.ndjson:3: ${message}`);
  });

  it.each([
    ['externalId', { ...COMMENT, externalId: '' }, 'externalId must not be empty'],
    [
      'articleExternalId',
      { ...COMMENT, articleExternalId: null },
      'articleExternalId must be a string, got null',
    ],
    ['author', { ...COMMENT, author: undefined }, 'author is required'],
    [
      'postedAt',
      { ...COMMENT, postedAt: '2022-01-27T21:29:00' },
      'postedAt must be an ISO 8601 instant with time zone',
    ],
    [
      'postedAt',
      { ...COMMENT, postedAt: '2022-01-27T24:00:00Z' },
      'postedAt must be an ISO 8601 instant with time zone',
    ],
    ['body', { ...COMMENT, body: '' }, 'body must not be empty'],
    ['language', { ...COMMENT, language: 'DE' }, 'language must be one of de, en, got "DE"'],
    ['sentiment', { ...COMMENT, sentiment: 0.5 }, 'sentiment unknown field'],
    [
      'publishedAtPrecision',
      { ...ARTICLE, publishedAt: '2022-01-01T00:00:00Z', publishedAtPrecision: 'week' },
      'publishedAtPrecision must be one of month, day, minute, got "week"',
    ],
    ['title', { ...ARTICLE, title: ['T'] }, 'title must be a string, got an array'],
  ])('reports a bad %s with field and line', (field, record, message) => {
    const error = ingestErrorOf(() => parseNdjson(feedWithThirdLine(JSON.stringify(record)), 'feed.ndjson'));
    expect(error).toMatchObject({ file: 'feed.ndjson', line: 3, field });
    expect(error.message).toContain(`feed.ndjson:3: ${message}`);
  });

  it('reports the line number the streaming caller passes', () => {
    const error = ingestErrorOf(() => parseNdjsonLine('{"kind":"comment"}', 1042, 'stream.ndjson'));
    expect(error.line).toBe(1042);
    expect(error.message).toBe('stream.ndjson:1042: externalId is required');
  });
});
