import type { ArticleInput, CommentInput } from '@tenor/contracts';

/** What an import file holds, ready for the API: articles and comments, in file order. */
export interface IngestBatch {
  articles: ArticleInput[];
  comments: CommentInput[];
}
