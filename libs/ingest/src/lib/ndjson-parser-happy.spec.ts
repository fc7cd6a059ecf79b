import { parseNdjson, parseNdjsonLine } from './ndjson-parser';

const ARTICLE_LINE =
  '{"kind":"article","externalId":"a-1","title":"Nato berät","publishedAt":"2022-01-01T00:00:00+01:00","publishedAtPrecision":"month"}';
const COMMENT_LINE =
  '{"kind":"comment","externalId":"c-1","articleExternalId":"a-1","author":"Anna","postedAt":"2022-01-27T21:29:00Z","body":"Text","language":"en"}';

describe('parseNdjson happy paths', () => {
  it('reads articles and comments in order, skipping blank lines and dropping kind', () => {
    const batch = parseNdjson(
      `${ARTICLE_LINE}\n\n   \n${COMMENT_LINE}\n${COMMENT_LINE.replace('c-1', 'c-2')}\n`,
      'feed.ndjson',
    );
    expect(batch.articles).toEqual([
      {
        externalId: 'a-1',
        title: 'Nato berät',
        publishedAt: '2021-12-31T23:00:00.000Z',
        publishedAtPrecision: 'month',
      },
    ]);
    expect(batch.comments.map((comment) => comment.externalId)).toEqual(['c-1', 'c-2']);
    expect(batch.comments[0]).not.toHaveProperty('kind');
    expect(batch.comments[0].language).toBe('en');
  });

  it('accepts CRLF line ends and a byte order mark', () => {
    const batch = parseNdjson(`\uFEFF${ARTICLE_LINE}\r\n${COMMENT_LINE}\r\n`, 'feed.jsonl');
    expect(batch.articles).toHaveLength(1);
    expect(batch.comments).toHaveLength(1);
  });

  it('returns an empty batch for an empty file', () => {
    expect(parseNdjson('', 'empty.ndjson')).toEqual({ articles: [], comments: [] });
  });
});

describe('parseNdjsonLine', () => {
  it('returns null for a blank line and a tagged record otherwise', () => {
    expect(parseNdjsonLine('  ', 4, 'feed.ndjson')).toBeNull();
    const record = parseNdjsonLine(COMMENT_LINE, 5, 'feed.ndjson');
    expect(record?.kind).toBe('comment');
    expect(record?.kind === 'comment' && record.comment.author).toBe('Anna');
  });
});
