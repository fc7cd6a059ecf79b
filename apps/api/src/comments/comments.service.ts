import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  COMMENT_STATUSES,
  type CommentInput,
  type CommentPage,
  type CommentStatus,
  type CommentView,
  type CreateResult,
  type QueueCounts,
} from '@tenor/contracts';
import type { Scorer } from '@tenor/scoring';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { berlinDay, nowInstant, toStoredInstant } from '../common/instants';
import { SCORER } from '../scoring/scoring.module';
import { CommentEntity } from './comment.entity';
import { RISK_CATEGORY_FIELDS, scoreColumns, scoredText, toCommentView } from './comment-columns';
import { decodeCursor, encodeCursor } from './comment-cursor';
import { DEFAULT_PAGE_SIZE, ListCommentsQueryDto } from './dto/list-comments-query.dto';

// SQLite allows 999 bound parameters per statement in older builds; a comment row binds 32.
const INSERT_CHUNK_ROWS = 30;

/** Stores, scores and lists comments. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SCORER) private readonly scorer: Scorer,
  ) {}

  /**
   * Scores and stores comments all or nothing. A comment whose external id is already stored (or repeated
   * in the batch) is not stored again and counts as existing. `ids` follow the input order.
   */
  async createMany(inputs: CommentInput[], manager?: EntityManager): Promise<CreateResult> {
    if (!manager) return this.dataSource.transaction((transaction) => this.createMany(inputs, transaction));
    const articleIds = await this.resolveArticleIds(inputs, manager);
    const externalIds = [...new Set(inputs.map((input) => input.externalId))];
    const stored = await manager.find(CommentEntity, {
      select: { id: true, externalId: true },
      where: { externalId: In(externalIds) },
    });
    const storedIds = new Set(stored.map((comment) => comment.externalId));
    const seen = new Set<string>();
    const now = nowInstant();
    const rows: Partial<CommentEntity>[] = [];
    for (const input of inputs) {
      if (storedIds.has(input.externalId) || seen.has(input.externalId)) continue;
      seen.add(input.externalId);
      const postedAt = toStoredInstant(input.postedAt);
      const score = this.scorer.score(scoredText(input), { language: input.language });
      rows.push({
        externalId: input.externalId,
        articleId: articleIds.get(input.articleExternalId),
        author: input.author,
        postedAt,
        postedDay: berlinDay(postedAt),
        title: input.title ?? null,
        body: input.body,
        ...scoreColumns(score),
        status: 'pending',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(CommentEntity)
        .values(rows.slice(start, start + INSERT_CHUNK_ROWS))
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
    const all = await manager.find(CommentEntity, {
      select: { id: true, externalId: true },
      where: { externalId: In(externalIds) },
    });
    const idByExternalId = new Map(all.map((comment) => [comment.externalId, comment.id]));
    return {
      created: rows.length,
      existing: inputs.length - rows.length,
      ids: inputs.map((input) => idByExternalId.get(input.externalId) as number),
    };
  }

  /** One comment with its article title; 404 when missing. */
  async findOne(id: number): Promise<CommentView> {
    const comment = await this.comments.findOne({ where: { id }, relations: { article: true } });
    if (!comment) throw new NotFoundException(`comment ${id} does not exist`);
    return toCommentView(comment, comment.article?.title ?? '');
  }

  /** A page of comments matching the filters, sorted by risk or time (newest first), with keyset pagination. */
  async list(query: ListCommentsQueryDto): Promise<CommentPage> {
    const sort = query.sort ?? 'risk';
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.filtered(query).leftJoinAndSelect('comment.article', 'article');
    const sortColumn = sort === 'risk' ? 'comment.riskScore' : 'comment.postedAt';
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor, sort);
      builder.andWhere(`(${sortColumn} < :cursorKey OR (${sortColumn} = :cursorKey AND comment.id < :cursorId))`, {
        cursorKey: cursor.key,
        cursorId: cursor.id,
      });
    }
    const rows = await builder
      .orderBy(sortColumn, 'DESC')
      .addOrderBy('comment.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((comment) => toCommentView(comment, comment.article?.title ?? '')),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ sort, key: sort === 'risk' ? last.riskScore : last.postedAt, id: last.id })
          : null,
    };
  }

  /** Counts per status and of flagged pending comments: the queue tabs. */
  async counts(): Promise<QueueCounts> {
    const rows: { status: CommentStatus; count: string | number; flagged: string | number | null }[] =
      await this.comments
        .createQueryBuilder('comment')
        .select('comment.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .addSelect('SUM(CASE WHEN comment.isFlagged = :isFlagged THEN 1 ELSE 0 END)', 'flagged')
        .setParameter('isFlagged', true)
        .groupBy('comment.status')
        .getRawMany();
    const statuses = Object.fromEntries(COMMENT_STATUSES.map((status) => [status, 0])) as Record<CommentStatus, number>;
    let flagged = 0;
    for (const row of rows) {
      statuses[row.status] = Number(row.count);
      if (row.status === 'pending') flagged = Number(row.flagged ?? 0);
    }
    return { flagged, statuses, total: Object.values(statuses).reduce((sum, count) => sum + count, 0) };
  }

  private filtered(query: ListCommentsQueryDto): SelectQueryBuilder<CommentEntity> {
    const builder = this.comments.createQueryBuilder('comment');
    if (query.status) builder.andWhere('comment.status = :status', { status: query.status });
    if (query.flagged !== undefined) builder.andWhere('comment.isFlagged = :flagged', { flagged: query.flagged });
    if (query.category) {
      builder.andWhere(`comment.${RISK_CATEGORY_FIELDS[query.category].flag} = :categoryFlag`, { categoryFlag: true });
    }
    if (query.articleId) builder.andWhere('comment.articleId = :articleId', { articleId: query.articleId });
    if (query.language) builder.andWhere('comment.language = :language', { language: query.language });
    if (query.from) builder.andWhere('comment.postedAt >= :from', { from: toStoredInstant(query.from) });
    if (query.to) builder.andWhere('comment.postedAt < :to', { to: toStoredInstant(query.to) });
    return builder;
  }

  private async resolveArticleIds(inputs: CommentInput[], manager: EntityManager): Promise<Map<string, number>> {
    const externalIds = [...new Set(inputs.map((input) => input.articleExternalId))];
    const articles = await manager.find(ArticleEntity, {
      select: { id: true, externalId: true },
      where: { externalId: In(externalIds) },
    });
    const ids = new Map(articles.map((article) => [article.externalId, article.id]));
    const unknown = inputs.flatMap((input, index) =>
      ids.has(input.articleExternalId)
        ? []
        : [`comments[${index}].articleExternalId: no article with external id "${input.articleExternalId}"`],
    );
    if (unknown.length > 0) throw new BadRequestException(unknown);
    return ids;
  }
}
