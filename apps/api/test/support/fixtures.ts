import type { ArticleInput, CommentInput } from '@tenor/contracts';

/** A test article with a unique external id. */
export function makeArticle(externalId: string, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return { externalId, title: `Artikel ${externalId}`, publishedAt: '2024-03-01T09:00:00.000Z', ...overrides };
}

/** A test comment on an article. */
export function makeComment(externalId: string, articleExternalId: string, overrides: Partial<CommentInput> = {}): CommentInput {
  return {
    externalId,
    articleExternalId,
    author: 'Leserin',
    postedAt: '2024-03-01T10:00:00.000Z',
    body: 'Ein sachlicher Beitrag zur Debatte.',
    ...overrides,
  };
}

/** An NDJSON import: one article and `count` comments on it, a minute apart, ids `${prefix}-0…`. */
export function ndjsonCorpus(prefix: string, count: number): string {
  const lines = [JSON.stringify({ kind: 'article', externalId: `${prefix}-article`, title: `Artikel ${prefix}`, publishedAt: '2024-02-01T00:00:00Z' })];
  for (let index = 0; index < count; index++) {
    lines.push(
      JSON.stringify({
        kind: 'comment',
        externalId: `${prefix}-${index}`,
        articleExternalId: `${prefix}-article`,
        author: `Leserin ${index % 50}`,
        postedAt: new Date(Date.UTC(2024, 1, 1) + index * 60_000).toISOString(),
        body: `Kommentar ${index} zur Debatte: Das sehe ich anders, aber gut.`,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
