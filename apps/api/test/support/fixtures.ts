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
