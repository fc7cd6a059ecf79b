import { ingestErrorOf } from '../testing/ingest-error-of';
import { parseJsonDocument } from './json-document-parser';


const COMMENT = {
  externalId: 'c',
  articleExternalId: 'a',
  author: 'Anna',
  postedAt: '2022-01-27T21:29:00Z',
  body: 'Text',
};
const ARTICLE = { externalId: 'a', title: 'Titel' };

/** A pretty-printed document, one property per line, so records start on different lines. */
function documentWith(comments: unknown[]): string {
  return JSON.stringify({ articles: [ARTICLE], comments }, null, 2);
}

function lineOfNth(text: string, needle: string, occurrence: number): number {
  let index = -1;
  for (let count = 0; count <= occurrence; count++) index = text.indexOf(needle, index + 1);
  return text.slice(0, index).split('\n').length;
}

describe('parseJsonDocument errors', () => {
  it('reports the line of a syntax error', () => {
    const text = '{\n  "articles": [\n    {"externalId": "a", "title": "T",}\n  ]\n}';
    const error = ingestErrorOf(() => parseJsonDocument(text, 'bad.json'));
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      'bad.json:3: invalid JSON at column 38: expected a double-quoted property name',
    );
  });

  it('reports truncated JSON at its last line', () => {
    const error = ingestErrorOf(() => parseJsonDocument('{\n  "articles": [\n', 'cut.json'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('unexpected end of input');
  });

  it('refuses a top level that is not an object', () => {
    expect(ingestErrorOf(() => parseJsonDocument('[]', 'x.json')).message).toContain('expected an object');
  });

  it('refuses unknown top-level keys and non-array collections', () => {
    const unknown = ingestErrorOf(() => parseJsonDocument('{"articles": [], "users": []}', 'x.json'));
    expect(unknown.field).toBe('users');
    const notArray = ingestErrorOf(() => parseJsonDocument('{"comments": {}}', 'x.json'));
    expect(notArray.field).toBe('comments');
    expect(notArray.message).toBe('x.json:1: "comments" must be an array');
  });

  it.each([
    ['externalId', { ...COMMENT, externalId: '' }, 'must not be empty'],
    ['articleExternalId', { ...COMMENT, articleExternalId: undefined }, 'is required'],
    ['author', { ...COMMENT, author: 42 }, 'must be a string, got number 42'],
    ['postedAt', { ...COMMENT, postedAt: '27.01.22 22:29' }, 'must be an ISO 8601 instant'],
    ['postedAt', { ...COMMENT, postedAt: '2022-02-30T10:00:00Z' }, 'must be an ISO 8601 instant'],
    ['body', { ...COMMENT, body: '   ' }, 'must not be empty'],
    ['language', { ...COMMENT, language: 'fr' }, 'must be one of de, en, got "fr"'],
    ['score', { ...COMMENT, score: 3 }, 'unknown field'],
  ])('reports a bad %s with the field and the line where the record starts', (field, badComment, problem) => {
    const text = documentWith([COMMENT, badComment]);
    const error = ingestErrorOf(() => parseJsonDocument(text, 'export.json'));
    expect(error.field).toBe(field);
    expect(error.line).toBe(lineOfNth(text, '"externalId"', 2) - 1);
    expect(error.message).toContain(`comments[1].${field} ${problem}`);
    expect(error.message.startsWith(`export.json:${error.line}: `)).toBe(true);
  });

  it.each([
    ['title', { externalId: 'a' }, 'is required'],
    ['publishedAt', { ...ARTICLE, publishedAt: '2022-01-27' }, 'must be an ISO 8601 instant'],
    [
      'publishedAtPrecision',
      { ...ARTICLE, publishedAt: '2022-01-27T00:00:00Z', publishedAtPrecision: 'year' },
      'must be one of month, day, minute',
    ],
    ['publishedAtPrecision', { ...ARTICLE, publishedAtPrecision: 'day' }, 'needs publishedAt'],
    [
      'isPublishedAtInferred',
      { ...ARTICLE, publishedAt: '2022-01-27T00:00:00Z', isPublishedAtInferred: 'yes' },
      'must be true or false',
    ],
  ])('reports a bad article %s', (field, badArticle, problem) => {
    const text = `{"articles": [\n${JSON.stringify(ARTICLE)},\n${JSON.stringify(badArticle)}\n]}`;
    const error = ingestErrorOf(() => parseJsonDocument(text, 'export.json'));
    expect(error.field).toBe(field);
    expect(error.line).toBe(3);
    expect(error.message).toContain(`articles[1].${field} ${problem}`);
  });

  it('reports a record that is not an object', () => {
    const error = ingestErrorOf(() => parseJsonDocument('{"comments": [\n"Text"\n]}', 'x.json'));
    expect(error.message).toBe('x.json:2: comments[0] must be an object, got a string');
    expect(error.field).toBeUndefined();
  });
});
