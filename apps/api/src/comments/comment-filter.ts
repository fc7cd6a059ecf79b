import type { CommentFilter } from '@tenor/contracts';
import type { SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { rangeBound } from '../common/instants';
import type { CommentEntity } from './comment.entity';
import { RISK_CATEGORY_FIELDS } from './comment-columns';

/** An FTS5 query that matches every word of the user's text as a literal (quotes doubled), the last one as a prefix. */
export function toFullTextQuery(text: string): string | null {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words.map((word, index) => `"${word.replaceAll('"', '""')}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * Narrows a query over `comment` (joined to `article`) to a filter and to what the viewer may see: a moderator
 * limited to sections sees only comments on articles in those sections.
 */
export function applyCommentFilter(
  builder: SelectQueryBuilder<CommentEntity>,
  filter: CommentFilter,
  viewer: AuthenticatedUser | null,
  isSqlite: boolean,
): SelectQueryBuilder<CommentEntity> {
  if (filter.status) builder.andWhere('comment.status = :status', { status: filter.status });
  if (filter.flagged !== undefined) builder.andWhere('comment.isFlagged = :flagged', { flagged: filter.flagged });
  if (filter.held !== undefined) builder.andWhere('comment.isHeld = :held', { held: filter.held });
  if (filter.category) {
    builder.andWhere(`comment.${RISK_CATEGORY_FIELDS[filter.category].flag} = :categoryFlag`, { categoryFlag: true });
  }
  if (filter.articleId) builder.andWhere('comment.articleId = :articleId', { articleId: filter.articleId });
  if (filter.section) builder.andWhere('article.section = :section', { section: filter.section });
  if (filter.language) builder.andWhere('comment.language = :language', { language: filter.language });
  if (filter.author) builder.andWhere('comment.author = :author', { author: filter.author });
  if (filter.minRisk !== undefined) builder.andWhere('comment.riskScore >= :minRisk', { minRisk: filter.minRisk });
  if (filter.maxRisk !== undefined) builder.andWhere('comment.riskScore <= :maxRisk', { maxRisk: filter.maxRisk });
  if (filter.from) builder.andWhere('comment.postedAt >= :from', { from: rangeBound(filter.from) });
  if (filter.to) builder.andWhere('comment.postedAt < :to', { to: rangeBound(filter.to) });
  const search = filter.q ? toFullTextQuery(filter.q) : null;
  if (search && isSqlite) {
    builder.andWhere('comment.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH :search)', { search });
  } else if (filter.q) {
    // Without FTS5 (PostgreSQL): every word as a case-insensitive substring of title, body or author.
    filter.q
      .split(/\s+/)
      .filter((word) => word.length > 0)
      .forEach((word, index) => {
        builder.andWhere(
          `(LOWER(comment.body) LIKE :word${index} OR LOWER(COALESCE(comment.title, '')) LIKE :word${index} OR LOWER(comment.author) LIKE :word${index})`,
          { [`word${index}`]: `%${word.toLowerCase().replace(/[%_\\]/g, (character) => `\\${character}`)}%` },
        );
      });
  }
  if (viewer?.role === 'moderator' && viewer.sections.length > 0) {
    builder.andWhere('article.section IN (:...viewerSections)', { viewerSections: viewer.sections });
  }
  return builder;
}
