import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from './ingest-error';
import { parseFile } from './parse-file';
import { validateArticleInput, validateCommentInput } from './validate-record';

// libs/ingest/src/lib → /work/main → /work, where the shared seeds live beside the checkout.
const SEEDS_DIR = join(__dirname, '../../../../data/seeds');
const ARTICLE_JSON = '{"externalId":"a","title":"T"}';

describe('parseFile', () => {
  it('parses a .txt seed into one article with its comments, all valid API records', () => {
    const name = '002_04e33e5c51f282ea.txt';
    const batch = parseFile(name, readFileSync(join(SEEDS_DIR, name), 'utf8'));
    expect(batch.articles.map((article) => article.externalId)).toEqual(['002_04e33e5c51f282ea']);
    expect(batch.comments).toHaveLength(4);
    expect(validateArticleInput(batch.articles[0], { file: name })).toEqual(batch.articles[0]);
    for (const comment of batch.comments)
      expect(validateCommentInput(comment, { file: name })).toEqual(comment);
  });

  it('parses .json, .ndjson and .jsonl, whatever the case of the extension', () => {
    expect(parseFile('export.JSON', `{"articles":[${ARTICLE_JSON}]}`).articles).toHaveLength(1);
    const line = `{"kind":"article",${ARTICLE_JSON.slice(1)}`;
    expect(parseFile('feed.ndjson', line).articles).toHaveLength(1);
    expect(parseFile('dir.v2/feed.jsonl', line).articles).toHaveLength(1);
  });

  it('parses .csv rows into comments and their articles', () => {
    const text =
      'externalId,articleExternalId,author,postedAt,body,articleTitle\r\n' +
      'c-1,a-1,Anna,2022-01-27T21:29:00Z,"Text, mit Komma",Titel\r\n';
    expect(parseFile('export/Comments.CSV', text)).toEqual({
      articles: [{ externalId: 'a-1', title: 'Titel' }],
      comments: [
        {
          externalId: 'c-1',
          articleExternalId: 'a-1',
          author: 'Anna',
          postedAt: '2022-01-27T21:29:00.000Z',
          body: 'Text, mit Komma',
        },
      ],
    });
    expect(() => parseFile('comments.csv', 'externalId\n')).toThrow(
      'comments.csv:1: missing required columns',
    );
  });

  it.each(['comments.xlsx', 'README', 'dir.json/notes', '.json', 'dir.csv/notes'])(
    'refuses the unsupported file %s',
    (name) => {
      const run = () => parseFile(name, '{}');
      expect(run).toThrow(IngestError);
      expect(run).toThrow(/unsupported file type/);
    },
  );
});
