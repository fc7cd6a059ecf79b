import { parseJsonDocument } from './json-document-parser';

describe('parseJsonDocument happy paths', () => {
  it('reads articles and comments and normalises instants to UTC', () => {
    const text = JSON.stringify(
      {
        articles: [
          {
            externalId: 'a-1',
            title: 'Nato berät',
            url: 'https://example.org/a-1',
            publishedAt: '2022-01-27T10:00:00+01:00',
            publishedAtPrecision: 'minute',
            isPublishedAtInferred: false,
            body: 'Text.',
            sourceFile: 'export.json',
          },
        ],
        comments: [
          {
            externalId: 'c-1',
            articleExternalId: 'a-1',
            author: 'Anna',
            postedAt: '2022-07-15T12:00:00+02:00',
            title: 'Titel',
            body: 'Kommentar.',
            language: 'de',
          },
        ],
      },
      null,
      2,
    );
    expect(parseJsonDocument(text, 'export.json')).toEqual({
      articles: [
        {
          externalId: 'a-1',
          title: 'Nato berät',
          url: 'https://example.org/a-1',
          publishedAt: '2022-01-27T09:00:00.000Z',
          publishedAtPrecision: 'minute',
          isPublishedAtInferred: false,
          body: 'Text.',
          sourceFile: 'export.json',
        },
      ],
      comments: [
        {
          externalId: 'c-1',
          articleExternalId: 'a-1',
          author: 'Anna',
          postedAt: '2022-07-15T10:00:00.000Z',
          title: 'Titel',
          body: 'Kommentar.',
          language: 'de',
        },
      ],
    });
  });

  it('accepts a document with only comments, only articles, or neither', () => {
    const comment = {
      externalId: 'c',
      articleExternalId: 'a',
      author: 'A',
      postedAt: '2022-01-01T00:00:00Z',
      body: 'B',
    };
    expect(parseJsonDocument(JSON.stringify({ comments: [comment] }), 'x.json').articles).toEqual([]);
    expect(parseJsonDocument('{"articles":[{"externalId":"a","title":"T"}]}', 'x.json').comments).toEqual([]);
    expect(parseJsonDocument('{}', 'x.json')).toEqual({ articles: [], comments: [] });
  });

  it('ignores a byte order mark', () => {
    expect(parseJsonDocument('\uFEFF{"articles":[]}', 'x.json')).toEqual({ articles: [], comments: [] });
  });
});
