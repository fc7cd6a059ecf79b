import { IngestError } from './ingest-error';
import { parseIsoInstant, validateArticleInput, validateCommentInput } from './validate-record';

const LOCATION = { file: 'records.json', line: 7, label: 'comments[2]' };
const COMMENT = {
  externalId: 'c',
  articleExternalId: 'a',
  author: 'Anna',
  postedAt: '2022-01-27T21:29:00Z',
  body: 'Text',
};

describe('validateCommentInput and validateArticleInput', () => {
  it('returns a copy, leaving the input untouched', () => {
    const input = { ...COMMENT, postedAt: '2022-01-27T22:29:00+01:00' };
    const output = validateCommentInput(input, LOCATION);
    expect(output).toEqual({ ...COMMENT, postedAt: '2022-01-27T21:29:00.000Z' });
    expect(input.postedAt).toBe('2022-01-27T22:29:00+01:00');
  });

  it('puts file, line, label and field into the error', () => {
    let caught: unknown;
    try {
      validateCommentInput({ ...COMMENT, language: 'fr' }, LOCATION);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IngestError);
    expect(caught).toMatchObject({ file: 'records.json', line: 7, field: 'language' });
    expect((caught as IngestError).message).toBe(
      'records.json:7: comments[2].language must be one of de, en, got "fr"',
    );
  });

  it('refuses a "__proto__" key as an unknown field instead of letting it slip through', () => {
    const record = JSON.parse('{"externalId":"a","title":"T","__proto__":{"x":1}}');
    expect(() => validateArticleInput(record, LOCATION)).toThrow('comments[2].__proto__ unknown field');
  });

  it('accepts the smallest article and keeps an empty body', () => {
    expect(validateArticleInput({ externalId: 'a', title: 'T', body: '' }, LOCATION)).toEqual({
      externalId: 'a',
      title: 'T',
      body: '',
    });
  });
});

describe('parseIsoInstant', () => {
  it.each([
    '2022-01-27T21:29Z',
    '2022-01-27T21:29:00Z',
    '2022-01-27T21:29:00.123456Z',
    '2022-01-27T22:29:00+01:00',
    '2024-02-29T00:00:00-05:30',
  ])('accepts %s', (text) => expect(parseIsoInstant(text)).not.toBeNull());

  it.each([
    '2022-01-27',
    '2022-01-27T21:29:00',
    '2022-02-29T00:00:00Z',
    '2022-01-27T24:00:00Z',
    '2022-01-27T21:60:00Z',
    '2022-01-27 21:29:00Z',
    'gestern',
  ])('refuses %s', (text) => expect(parseIsoInstant(text)).toBeNull());

  it('refuses texts longer than their database column and NUL characters, naming the field', () => {
    const comment = { externalId: 'c-1', articleExternalId: 'a-1', author: 'A', postedAt: '2024-05-01T09:00:00Z', body: 'Text' };
    const location = { file: 'f.ndjson', line: 3 };
    expect(() => validateCommentInput({ ...comment, author: 'x'.repeat(201) }, location)).toThrow(/author must be at most 200 characters, got 201/);
    expect(() => validateCommentInput({ ...comment, body: 'a\u0000b' }, location)).toThrow(/body must not contain the NUL character/);
    expect(validateCommentInput({ ...comment, author: 'x'.repeat(200), externalId: 'c-\udc00' }, location)).toMatchObject({
      author: 'x'.repeat(200),
      externalId: 'c-\ufffd',
    });
  });
});
