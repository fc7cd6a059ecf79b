import type { SqlParameters } from '../database/sql-parameters';

/** The filters a rollup read applies. */
export interface RollupFilter {
  articleId?: number;
  section?: string;
  language?: string;
}

/** The AND conditions of a filter on a rollup table aliased `r`, per article (sections looked up) or per section. */
export function rollupFilterSql(parameters: SqlParameters, filter: RollupFilter, isPerArticle: boolean): string {
  const conditions: string[] = [];
  if (filter.articleId !== undefined) conditions.push(`r.article_id = ${parameters.add(filter.articleId)}`);
  if (filter.section !== undefined) {
    conditions.push(
      isPerArticle
        ? `r.article_id IN (SELECT id FROM articles WHERE section = ${parameters.add(filter.section)})`
        : `r.section = ${parameters.add(filter.section)}`,
    );
  }
  if (filter.language !== undefined) conditions.push(`r.language = ${parameters.add(filter.language)}`);
  return conditions.map((condition) => `AND ${condition}`).join(' ');
}
