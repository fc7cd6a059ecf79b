import { ingestErrorOf } from '../testing/ingest-error-of';
import { readChunks } from '../testing/reader-outputs';
import { createCsvReader, parseCsv } from './csv-reader';

const HEADER =
  'externalId,articleExternalId,author,postedAt,body,articleTitle,articleUrl,articlePublishedAt,articleSection';
const comment = (externalId: string, articleExternalId: string) =>
  `${externalId},${articleExternalId},Anna,2022-01-27T21:29:00Z,Text`;

describe('parseCsv article columns', () => {
  it('yields the article of a row with an articleTitle before its comment, normalising publishedAt', () => {
    const text = [
      HEADER,
      `${comment('c-1', 'a-1')},"Nato berät, Moskau wartet",https://example.org/a-1,2022-01-27T10:00:00+01:00,Politik`,
      `${comment('c-2', 'a-1')},,,,`,
      `${comment('c-3', 'a-2')},Nur ein Titel,,,`,
    ].join('\n');
    const outputs = readChunks(createCsvReader('c.csv'), [text]);
    expect(outputs.map((output) => ('kind' in output ? `${output.kind} ${output.line}` : 'error'))).toEqual([
      'article 2',
      'comment 2',
      'comment 3',
      'article 4',
      'comment 4',
    ]);
    expect(parseCsv(text, 'c.csv').articles).toEqual([
      {
        externalId: 'a-1',
        title: 'Nato berät, Moskau wartet',
        url: 'https://example.org/a-1',
        publishedAt: '2022-01-27T09:00:00.000Z',
        section: 'Politik',
      },
      { externalId: 'a-2', title: 'Nur ein Titel' },
    ]);
  });

  it('repeats the article for every row that fills articleTitle (the API keeps the first)', () => {
    const text = [HEADER, `${comment('c-1', 'a-1')},Titel,,,`, `${comment('c-2', 'a-1')},Titel,,,`].join(
      '\n',
    );
    const batch = parseCsv(text, 'c.csv');
    expect(batch.articles.map((article) => article.externalId)).toEqual(['a-1', 'a-1']);
    expect(batch.comments).toHaveLength(2);
  });

  it('accepts a header with only articleTitle among the article columns', () => {
    const text = `externalId,articleExternalId,author,postedAt,body,articleTitle\n${comment('c-1', 'a-1')},Titel`;
    expect(parseCsv(text, 'c.csv').articles).toEqual([{ externalId: 'a-1', title: 'Titel' }]);
  });

  it('refuses article details on a row without articleTitle rather than dropping them', () => {
    const error = ingestErrorOf(() => parseCsv(`${HEADER}\n${comment('c-1', 'a-1')},,,,Sport`, 'c.csv'));
    expect(error).toMatchObject({ line: 2, field: 'articleSection' });
    expect(error.message).toBe('c.csv:2: articleSection needs articleTitle on the same row');
  });

  it.each([
    ['articlePublishedAt', ',Titel,,2022-01-27,', 'must be an ISO 8601 instant with time zone'],
    ['articleTitle', ',  ,,,', 'must not be empty'],
    ['articleUrl', ',Titel, ,,', 'must not be empty'],
  ])('names the CSV column %s in article errors', (column, articleCells, problem) => {
    const error = ingestErrorOf(() =>
      parseCsv(`${HEADER}\n${comment('c-1', 'a-1')}${articleCells}`, 'c.csv'),
    );
    expect(error).toMatchObject({ line: 2, field: column });
    expect(error.message.startsWith(`c.csv:2: ${column} ${problem}`)).toBe(true);
  });

  it('drops the whole row, comment included, when its article is bad', () => {
    const text = [HEADER, `${comment('c-1', 'a-1')},Titel,,gestern,`, `${comment('c-2', 'a-1')},,,,`].join(
      '\n',
    );
    const outputs = readChunks(createCsvReader('c.csv'), [text]);
    expect(outputs.map((output) => ('kind' in output ? output.kind : `error ${output.line}`))).toEqual([
      'error 2',
      'comment',
    ]);
  });
});
