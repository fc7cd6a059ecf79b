import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ArticleDetail,
  type ArticleInput,
  type ArticleSummary,
  COMMENT_STATUSES,
  type CommentStatus,
  type CreateResult,
} from '@tenor/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { nowInstant, toStoredInstant } from '../common/instants';
import { CommentEntity } from '../comments/comment.entity';
import { ArticleEntity } from './article.entity';

type ArticleCountsRow = { articleId: number; status: CommentStatus; count: string | number; flagged: string | number | null; compoundSum: string | number | null };

/** Stores articles and summarises their comment sections. */
@Injectable()
export class ArticlesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores articles that are new by external id; ones already stored are left as they are (`updated` is always 0). */
  async createMany(inputs: ArticleInput[], manager: EntityManager = this.dataSource.manager): Promise<CreateResult> {
    const externalIds = [...new Set(inputs.map((input) => input.externalId))];
    const stored = await manager.find(ArticleEntity, { select: { externalId: true }, where: { externalId: In(externalIds) } });
    const storedIds = new Set(stored.map((article) => article.externalId));
    const now = nowInstant();
    const seen = new Set<string>();
    const rows = inputs.flatMap((input) => {
      if (storedIds.has(input.externalId) || seen.has(input.externalId)) return [];
      seen.add(input.externalId);
      return [
        {
          externalId: input.externalId,
          title: input.title,
          url: input.url ?? null,
          publishedAt: input.publishedAt ? toStoredInstant(input.publishedAt) : null,
          publishedAtPrecision: input.publishedAt ? (input.publishedAtPrecision ?? 'minute') : null,
          isPublishedAtInferred: input.isPublishedAtInferred ?? false,
          body: input.body ?? null,
          sourceFile: input.sourceFile ?? null,
          section: input.section ?? null,
          createdAt: now,
          updatedAt: now,
        },
      ];
    });
    const created = await this.insertNew(rows, manager);
    const all = await manager.find(ArticleEntity, { select: { id: true, externalId: true }, where: { externalId: In(externalIds) } });
    const idByExternalId = new Map(all.map((article) => [article.externalId, article.id]));
    return {
      created,
      updated: 0,
      existing: inputs.length - created,
      ids: inputs.map((input) => idByExternalId.get(input.externalId) as number),
    };
  }

  /**
   * Inserts new articles, skipping external ids another writer stored meanwhile, and returns how many it inserted.
   * SQLite runs one write transaction at a time, so all of them; another PostgreSQL process may have inserted some
   * since they were read, and RETURNING says which rows were really inserted.
   */
  private async insertNew(rows: Partial<ArticleEntity>[], manager: EntityManager): Promise<number> {
    if (rows.length === 0) return 0;
    const insert = manager.createQueryBuilder().insert().into(ArticleEntity).values(rows).orIgnore().updateEntity(false);
    if (manager.connection.options.type !== 'postgres') {
      await insert.execute();
      return rows.length;
    }
    const result = await insert.returning('external_id').execute();
    return (result.raw as unknown[]).length;
  }

  /** Every article the viewer may moderate (a moderator limited to sections sees those), with comment counts, newest first. */
  async list(viewer: AuthenticatedUser | null): Promise<ArticleSummary[]> {
    const isLimited = viewer?.role === 'moderator' && viewer.sections.length > 0;
    const articles = await this.dataSource.manager.find(ArticleEntity, {
      where: isLimited ? { section: In(viewer.sections) } : {},
      order: { publishedAt: { direction: 'DESC', nulls: 'LAST' }, id: 'DESC' },
    });
    const counts = await this.commentCounts();
    return articles.map((article) => this.toSummary(article, counts));
  }

  /** One article with its body; 404 when missing. */
  async findOne(id: number): Promise<ArticleDetail> {
    const article = await this.dataSource.manager.findOneBy(ArticleEntity, { id });
    if (!article) throw new NotFoundException(`article ${id} does not exist`);
    return { ...this.toSummary(article, await this.commentCounts([id])), body: article.body };
  }

  /** Switches an article to pre-moderation or back; 404 when missing. */
  async setPremoderated(id: number, isPremoderated: boolean): Promise<ArticleDetail> {
    const update = await this.dataSource.manager.update(ArticleEntity, { id }, { isPremoderated, updatedAt: nowInstant() });
    if (update.affected === 0) throw new NotFoundException(`article ${id} does not exist`);
    return this.findOne(id);
  }

  private async commentCounts(articleIds?: number[]): Promise<Map<number, ArticleCountsRow[]>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(CommentEntity, 'comment')
      .select('comment.articleId', 'articleId')
      .addSelect('comment.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN comment.isFlagged = :isFlagged THEN 1 ELSE 0 END)', 'flagged')
      .addSelect('SUM(comment.toneCompound)', 'compoundSum')
      .setParameter('isFlagged', true)
      .groupBy('comment.articleId')
      .addGroupBy('comment.status');
    if (articleIds) builder.where('comment.articleId IN (:...articleIds)', { articleIds });
    const rows: ArticleCountsRow[] = await builder.getRawMany();
    const byArticle = new Map<number, ArticleCountsRow[]>();
    for (const row of rows) {
      const articleId = Number(row.articleId);
      byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), row]);
    }
    return byArticle;
  }

  private toSummary(article: ArticleEntity, counts: Map<number, ArticleCountsRow[]>): ArticleSummary {
    const statusCounts = Object.fromEntries(COMMENT_STATUSES.map((status) => [status, 0])) as Record<CommentStatus, number>;
    let flaggedCount = 0;
    let compoundSum = 0;
    for (const row of counts.get(article.id) ?? []) {
      statusCounts[row.status] = Number(row.count);
      flaggedCount += Number(row.flagged ?? 0);
      compoundSum += Number(row.compoundSum ?? 0);
    }
    const commentCount = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
    return {
      id: article.id,
      externalId: article.externalId,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt,
      publishedAtPrecision: article.publishedAtPrecision,
      isPublishedAtInferred: Boolean(article.isPublishedAtInferred),
      sourceFile: article.sourceFile,
      section: article.section,
      isPremoderated: Boolean(article.isPremoderated),
      commentCount,
      flaggedCount,
      statusCounts,
      meanCompound: commentCount > 0 ? compoundSum / commentCount : null,
    };
  }
}
