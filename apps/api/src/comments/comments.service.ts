import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  COMMENT_STATUSES,
  type CommentFilter,
  type CommentInput,
  type CommentPage,
  type CommentStatus,
  type CommentView,
  type CreateResult,
  type QueueCounts,
  type RejectReason,
  type ScoreResult,
} from '@tenor/contracts';
import type { Scorer } from '@tenor/scoring';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { type AuthenticatedUser, canModerateSection } from '../auth/authenticated-user';
import { berlinDay, nowInstant, toStoredInstant } from '../common/instants';
import { LiveService } from '../live/live.service';
import { OffenseModelSwitch } from '../scoring/offense-model-switch';
import { SCORER } from '../scoring/scoring.module';
import { CommentEntity } from './comment.entity';
import { scoreColumns, scoredText, toCommentView } from './comment-columns';
import { afterKeyCondition, decodeCursor, encodeCursor, SORT_COLUMNS } from './comment-cursor';
import { applyCommentFilter } from './comment-filter';
import { DEFAULT_PAGE_SIZE, ListCommentsQueryDto } from './dto/list-comments-query.dto';
import { inTransaction } from '../database/in-transaction';
import { insertIgnoringConflicts } from '../database/insert-ignoring-conflicts';
import { SqlParameters } from '../database/sql-parameters';
import { ROLLUP_COMMENT_COLUMNS, type RollupComment, RollupService } from '../trends/rollup.service';
import { type PolicyStatusChange, PolicyService } from '../policy/policy.service';
import { evaluateRow, policyColumns, policyStatus, policyStatusChange, rejectionOf } from '../policy/policy-row';

/** What the policy needs to know of a comment's article. */
interface ArticleFacts {
  id: number;
  section: string | null;
  isPremoderated: boolean;
}

/** What an insert did, and the articles that got new comments. */
export interface CommentInsertion {
  result: CreateResult;
  articleIds: number[];
  /** Comments whose text changed and were re-scored. */
  edited: Pick<CommentEntity, 'id' | 'status' | 'version'>[];
}

// SQLite allows 999 bound parameters per statement in older builds; a comment row binds 36.
const INSERT_CHUNK_ROWS = 25;
// Ids per `IN (…)` list, well under that limit.
const ID_CHUNK = 500;

/** Stores, scores and lists comments. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SCORER) private readonly scorer: Scorer,
    private readonly live: LiveService,
    private readonly rollups: RollupService,
    private readonly policies: PolicyService,
    private readonly offenseModel: OffenseModelSwitch,
  ) {}

  /**
   * Scores and stores comments all or nothing. A comment whose external id is already stored (or repeated
   * in the batch) is not stored again and counts as existing. `ids` follow the input order.
   */
  async createMany(inputs: CommentInput[]): Promise<CreateResult> {
    const insertion = await inTransaction(this.dataSource, (transaction) => this.insertMany(inputs, transaction));
    this.announce(insertion);
    return insertion.result;
  }

  /**
   * createMany inside the caller's transaction; the caller calls `announce` after it commits. A stored comment
   * whose title or body changed is re-scored in place, keeping its status and moderation history. `scores`, when
   * given, are the inputs' scores computed beforehand (`scores[i]` for `inputs[i]`, as a ScoringPool returns them).
   */
  async insertMany(inputs: CommentInput[], manager: EntityManager, scores?: readonly ScoreResult[]): Promise<CommentInsertion> {
    const articles = await this.resolveArticles(inputs, manager);
    const policy = await this.policies.current(manager);
    // Read before scoring: a model swapped meanwhile leaves at worst a comment marked old but scored new, which the
    // swap's re-score run then scores again.
    const modelVersion = this.offenseModel.activeVersion;
    const externalIds = [...new Set(inputs.map((input) => input.externalId))];
    const stored = await manager.find(CommentEntity, {
      select: { id: true, externalId: true, title: true, body: true, version: true, status: true, statusSource: true, ...ROLLUP_COMMENT_COLUMNS },
      where: { externalId: In(externalIds) },
    });
    const storedByExternalId = new Map(stored.map((comment) => [comment.externalId, comment]));
    await this.lockEdited(inputs, storedByExternalId, manager);
    const seen = new Set<string>();
    const now = nowInstant();
    const rows: Partial<CommentEntity>[] = [];
    const edited: CommentEntity[] = [];
    const rollupChanges: { comment: RollupComment; sign: 1 | -1 }[] = [];
    const statusChanges: PolicyStatusChange[] = [];
    const rejections = new Map<string, { reason: RejectReason; note: string }>();
    // The scores, then the policy's reading of them: tone label, flags, hold, word-list hits, and a rejection.
    const scoredColumns = (index: number, input: CommentInput, article: ArticleFacts) => {
      const score = scores?.[index] ?? this.scorer.score(scoredText(input), { language: input.language });
      const columns = scoreColumns(score);
      const evaluation = evaluateRow(policy.compiled, {
        ...(columns as CommentEntity),
        title: input.title ?? null,
        body: input.body,
        isArticlePremoderated: article.isPremoderated,
        section: article.section,
      });
      const rejection = evaluation.isRejected ? rejectionOf(evaluation, policy.policy, policy.version) : null;
      return { ...columns, ...policyColumns(evaluation, columns.evidence ?? {}, policy.version), modelVersion, rejection };
    };
    for (const [index, input] of inputs.entries()) {
      if (seen.has(input.externalId)) continue;
      seen.add(input.externalId);
      const article = articles.get(input.articleExternalId) as ArticleFacts;
      const previous = storedByExternalId.get(input.externalId);
      if (previous) {
        if (isTextChanged(previous, input)) {
          const { rejection, ...columns } = scoredColumns(index, input, article);
          const status = policyStatus(rejection !== null, previous.status, previous.statusSource);
          await manager.update(
            CommentEntity,
            { id: previous.id },
            { title: input.title ?? null, body: input.body, ...columns, status, version: previous.version + 1, updatedAt: now },
          );
          rollupChanges.push({ comment: previous, sign: -1 }, { comment: { ...previous, ...columns }, sign: 1 });
          edited.push({ ...previous, status, version: previous.version + 1 });
          if (status !== previous.status) {
            statusChanges.push(policyStatusChange(previous.id, previous.status, status, rejection, policy.version));
          }
        }
        continue;
      }
      const postedAt = toStoredInstant(input.postedAt);
      const { rejection, ...columns } = scoredColumns(index, input, article);
      if (rejection) rejections.set(input.externalId, rejection);
      rows.push({
        externalId: input.externalId,
        articleId: article.id,
        author: input.author,
        postedAt,
        postedDay: berlinDay(postedAt),
        title: input.title ?? null,
        body: input.body,
        ...columns,
        status: rejection ? 'rejected' : 'pending',
        statusSource: 'policy',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    const created = await this.insertNew(rows, manager);
    await this.rollups.applyComments(manager, [...rollupChanges, ...created.map((comment) => ({ comment: comment as RollupComment, sign: 1 as const }))]);
    const idByExternalId = await this.idsByExternalId(externalIds, manager);
    for (const row of created) {
      const rejection = rejections.get(row.externalId as string);
      if (!rejection) continue;
      const commentId = idByExternalId.get(row.externalId as string) as number;
      statusChanges.push(policyStatusChange(commentId, 'pending', 'rejected', rejection, policy.version));
    }
    await this.policies.recordStatusChanges(manager, statusChanges);
    return {
      result: {
        created: created.length,
        updated: edited.length,
        existing: inputs.length - created.length - edited.length,
        ids: inputs.map((input) => idByExternalId.get(input.externalId) as number),
      },
      articleIds: [...new Set(created.map((row) => row.articleId as number))],
      edited: edited.map(({ id, status, version }) => ({ id, status, version })),
    };
  }

  /**
   * On PostgreSQL, locks the stored comments whose text this batch changes and reads them again: another process may
   * be storing the same edit, and without the lock both would apply it, re-scoring twice, moving the comment's
   * rollup counts twice and writing its status change twice. The lock waits until that process commits, then
   * returns the row as it committed it. Rows are locked in id order. SQLite runs one write transaction at a time.
   */
  private async lockEdited(inputs: CommentInput[], storedByExternalId: Map<string, CommentEntity>, manager: EntityManager): Promise<void> {
    if (manager.connection.options.type !== 'postgres') return;
    const ids = new Set<number>();
    for (const input of inputs) {
      const previous = storedByExternalId.get(input.externalId);
      if (previous && isTextChanged(previous, input)) ids.add(previous.id);
    }
    if (ids.size === 0) return;
    const locked = await manager.find(CommentEntity, {
      select: { id: true, externalId: true, title: true, body: true, version: true, status: true, statusSource: true, ...ROLLUP_COMMENT_COLUMNS },
      where: { id: In([...ids]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const comment of locked) storedByExternalId.set(comment.externalId, comment);
  }

  /**
   * Inserts new rows, skipping external ids another writer stored meanwhile, and returns the rows really inserted.
   * SQLite runs one write transaction at a time and retries a transaction whose snapshot went stale, so only
   * PostgreSQL can skip here; it says which rows it inserted through RETURNING.
   */
  private async insertNew(rows: Partial<CommentEntity>[], manager: EntityManager): Promise<Partial<CommentEntity>[]> {
    const isPostgres = manager.connection.options.type === 'postgres';
    const inserted: Partial<CommentEntity>[] = [];
    for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
      const chunk = rows.slice(start, start + INSERT_CHUNK_ROWS);
      const returned = await insertIgnoringConflicts(manager, CommentEntity, chunk, isPostgres ? 'externalId' : undefined);
      if (!isPostgres) {
        inserted.push(...chunk);
        continue;
      }
      const insertedIds = new Set(returned.map((row) => row.external_id as string));
      inserted.push(...chunk.filter((row) => insertedIds.has(row.externalId as string)));
    }
    return inserted;
  }

  /**
   * The stored ids of these external ids, read with plain SQL: through `find` with `In(…)` TypeORM names and re-scans
   * each of the (up to 500) parameters and builds an entity per row; this way a 150k-comment bulk ingest took about
   * 5% less CPU (20.8-21.3 s instead of 21.8-22.1 s).
   */
  private async idsByExternalId(externalIds: string[], manager: EntityManager): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (let start = 0; start < externalIds.length; start += ID_CHUNK) {
      const parameters = new SqlParameters(manager);
      const rows: { id: number | string; external_id: string }[] = await manager.query(
        `SELECT id, external_id FROM comments WHERE external_id IN (${parameters.list(externalIds.slice(start, start + ID_CHUNK))})`,
        parameters.values,
      );
      for (const row of rows) ids.set(row.external_id, Number(row.id));
    }
    return ids;
  }

  /** Tells open dashboards about new comments; call after the inserting transaction committed. */
  announce(insertion: CommentInsertion): void {
    for (const comment of insertion.edited) {
      this.live.publish({ type: 'comment.changed', commentId: comment.id, status: comment.status, version: comment.version });
    }
    if (insertion.result.created === 0) return;
    this.live.publish({ type: 'comments.created', count: insertion.result.created, articleIds: insertion.articleIds });
  }

  /** One comment the viewer may see, with its article title; 404 when missing, 403 outside the viewer's sections. */
  async findOne(id: number, viewer: AuthenticatedUser | null): Promise<CommentView> {
    const comment = await this.findEntity(id, viewer);
    return toCommentView(comment, comment.article?.title ?? '');
  }

  /** The stored comment with its article, checked against the viewer's sections. */
  async findEntity(id: number, viewer: AuthenticatedUser | null, manager: EntityManager = this.dataSource.manager): Promise<CommentEntity> {
    const comment = await manager.findOne(CommentEntity, { where: { id }, relations: { article: true } });
    if (!comment) throw new NotFoundException(`comment ${id} does not exist`);
    if (viewer && !canModerateSection(viewer, comment.article?.section ?? null)) {
      throw new ForbiddenException(`comment ${id} is outside your sections`);
    }
    return comment;
  }

  /** A page of comments matching the filters, sorted by risk, time (newest first) or article, with keyset pagination. */
  async list(query: ListCommentsQueryDto, viewer: AuthenticatedUser | null): Promise<CommentPage> {
    const sort = query.sort ?? 'risk';
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.filtered(query, viewer);
    if (query.cursor) {
      const after = afterKeyCondition(sort, decodeCursor(query.cursor, sort));
      builder.andWhere(after.sql, after.parameters);
    }
    const [firstColumn, ...otherColumns] = SORT_COLUMNS[sort];
    builder.orderBy(firstColumn, 'DESC');
    for (const column of otherColumns) builder.addOrderBy(column, 'DESC');
    const rows = await builder.take(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const keyOf = (comment: CommentEntity) =>
      SORT_COLUMNS[sort].map((column) => comment[column.slice('comment.'.length) as 'id' | 'riskScore' | 'postedAt' | 'articleId']);
    return {
      items: page.map((comment) => toCommentView(comment, comment.article?.title ?? '')),
      nextCursor: rows.length > limit && last ? encodeCursor(sort, keyOf(last)) : null,
    };
  }

  /** Counts per status and of flagged pending comments, for the filter but whatever its status and flag: the queue tabs. */
  async counts(filter: CommentFilter, viewer: AuthenticatedUser | null): Promise<QueueCounts> {
    const rows: { status: CommentStatus; count: string | number; flagged: string | number | null }[] = await this.filtered(
      { ...filter, status: undefined, flagged: undefined },
      viewer,
      false,
    )
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

  /** The ids of every comment matching a filter that the viewer may see. */
  async matchingIds(filter: CommentFilter, viewer: AuthenticatedUser | null, manager?: EntityManager): Promise<number[]> {
    const rows: { id: number }[] = await this.filtered(filter, viewer, false, manager).select('comment.id', 'id').getRawMany();
    return rows.map((row) => Number(row.id));
  }

  /** Those of the ids that exist and that the viewer may see. */
  async visibleIds(ids: number[], viewer: AuthenticatedUser | null, manager?: EntityManager): Promise<number[]> {
    const visible: number[] = [];
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      const rows: { id: number }[] = await this.filtered({}, viewer, false, manager)
        .andWhere('comment.id IN (:...ids)', { ids: ids.slice(start, start + ID_CHUNK) })
        .select('comment.id', 'id')
        .getRawMany();
      visible.push(...rows.map((row) => Number(row.id)));
    }
    return visible;
  }

  /** Comments matching a filter as the viewer may see them, joined to their article (selected or only joined). */
  filtered(
    filter: CommentFilter,
    viewer: AuthenticatedUser | null,
    isArticleSelected = true,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<CommentEntity> {
    const builder = manager.createQueryBuilder(CommentEntity, 'comment');
    if (isArticleSelected) builder.leftJoinAndSelect('comment.article', 'article');
    else builder.leftJoin('comment.article', 'article');
    return applyCommentFilter(builder, filter, viewer, this.dataSource.options.type === 'sqlite');
  }

  private async resolveArticles(inputs: CommentInput[], manager: EntityManager): Promise<Map<string, ArticleFacts>> {
    const externalIds = [...new Set(inputs.map((input) => input.articleExternalId))];
    const articles = await manager.find(ArticleEntity, {
      select: { id: true, externalId: true, section: true, isPremoderated: true },
      where: { externalId: In(externalIds) },
    });
    const ids = new Map(
      articles.map((article) => [
        article.externalId,
        { id: article.id, section: article.section, isPremoderated: Boolean(article.isPremoderated) },
      ]),
    );
    const unknown = inputs.flatMap((input, index) =>
      ids.has(input.articleExternalId)
        ? []
        : [`comments[${index}].articleExternalId: no article with external id "${input.articleExternalId}"`],
    );
    if (unknown.length > 0) throw new BadRequestException(unknown);
    return ids;
  }
}

/** Whether an input's text differs from the stored comment's, so that the comment is re-scored. */
function isTextChanged(stored: Pick<CommentEntity, 'title' | 'body'>, input: CommentInput): boolean {
  return stored.body !== input.body || stored.title !== (input.title ?? null);
}
