import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ANONYMISED_AUTHOR,
  type AuthorErasurePreview,
  type ErasureRequest,
  type ErasureView,
} from '@tenor/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { nowInstant } from '../common/instants';
import { CommentEntity } from '../comments/comment.entity';
import { inTransaction } from '../database/in-transaction';
import { LiveService } from '../live/live.service';
import { ModerationEventEntity } from '../moderation/moderation-event.entity';
import { ROLLUP_COMMENT_COLUMNS, type RollupComment, RollupService } from '../trends/rollup.service';
import { authorHash } from './author-hash';
import { DEFAULT_ERASURE_LIST } from './dto/erasure-list-query.dto';
import { PrivacyErasureEntity } from './privacy-erasure.entity';

/** The note an anonymising erasure leaves on audit events; migration PrivacyErasures1763740800000 allows exactly this change. */
export const REDACTED_NOTE = '[anonymisiert]';

// Ids per `IN (…)` list, well under SQLite's bound-parameter limit.
const ID_CHUNK = 500;

type ErasedComment = RollupComment & Pick<CommentEntity, 'id' | 'status' | 'version'>;

/**
 * GDPR erasure requests: every comment of one author (the exact name the comments carry) deleted, or anonymised for
 * statistics, in one transaction with the rollups and audit events that derive from them, and recorded without the name.
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollups: RollupService,
    private readonly live: LiveService,
  ) {}

  /** How many comments and audit events an erasure for this name would touch, and earlier requests for it. */
  async preview(author: string): Promise<AuthorErasurePreview> {
    const manager = this.dataSource.manager;
    const hash = authorHash(author);
    const comments = await manager.countBy(CommentEntity, { author });
    const events = await manager
      .createQueryBuilder(ModerationEventEntity, 'event')
      .innerJoin('event.comment', 'comment')
      .where('comment.author = :author', { author })
      .getCount();
    const earlier = await manager.find(PrivacyErasureEntity, {
      where: { authorHash: hash },
      order: { id: 'DESC' },
    });
    return { author, authorHash: hash, comments, events, earlierErasures: earlier.map(toErasureView) };
  }

  /**
   * Deletes or anonymises every comment of the author and records the request, all in one transaction. Deleting
   * also takes the comments and their decisions out of the trend rollups and deletes their audit events;
   * anonymising keeps scores, status and decisions but replaces the author, title, text and evidence, and the notes
   * of their audit events. A repeated request finds nothing left and records 0.
   */
  async erase(request: ErasureRequest, user: AuthenticatedUser): Promise<ErasureView> {
    const now = nowInstant();
    const { record, anonymised } = await inTransaction(this.dataSource, async (manager) => {
      const comments = await this.lockComments(manager, request.author);
      const events =
        request.mode === 'delete'
          ? await this.deleteComments(manager, comments)
          : await this.anonymiseComments(manager, comments, now);
      const saved = await manager.save(
        manager.create(PrivacyErasureEntity, {
          at: now,
          actor: user.username,
          actorUserId: user.id,
          mode: request.mode,
          reference: request.reference ?? null,
          authorHash: authorHash(request.author),
          comments: comments.length,
          events,
        }),
      );
      return { record: saved, anonymised: request.mode === 'anonymise' ? comments : [] };
    });
    for (const comment of anonymised) {
      this.live.publish({
        type: 'comment.changed',
        commentId: comment.id,
        status: comment.status,
        version: comment.version + 1,
      });
    }
    return toErasureView(record);
  }

  /** The newest erasure records. */
  async list(limit = DEFAULT_ERASURE_LIST): Promise<ErasureView[]> {
    const records = await this.dataSource.manager.find(PrivacyErasureEntity, {
      order: { id: 'DESC' },
      take: limit,
    });
    return records.map(toErasureView);
  }

  /** The author's comments, locked against concurrent decisions and edits on PostgreSQL (SQLite has one writer). */
  private lockComments(manager: EntityManager, author: string): Promise<ErasedComment[]> {
    const isPostgres = manager.connection.options.type === 'postgres';
    return manager.find(CommentEntity, {
      select: { id: true, status: true, version: true, ...ROLLUP_COMMENT_COLUMNS },
      where: { author },
      order: { id: 'ASC' },
      ...(isPostgres ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Takes the comments and their decisions out of the rollups, then deletes their audit events and them; returns the events. */
  private async deleteComments(manager: EntityManager, comments: ErasedComment[]): Promise<number> {
    let events = 0;
    for (let start = 0; start < comments.length; start += ID_CHUNK) {
      const chunk = comments.slice(start, start + ID_CHUNK);
      const ids = chunk.map((comment) => comment.id);
      const decisions = await manager.find(ModerationEventEntity, {
        select: { id: true, commentId: true, at: true, action: true },
        where: { commentId: In(ids) },
      });
      await this.rollups.removeDecisions(manager, decisions);
      await this.rollups.applyComments(
        manager,
        chunk.map((comment) => ({ comment, sign: -1 as const })),
      );
      await manager.delete(ModerationEventEntity, { commentId: In(ids) });
      await manager.delete(CommentEntity, { id: In(ids) });
      events += decisions.length;
    }
    return events;
  }

  /** Replaces the comments' personal data and their audit events' notes; returns how many notes were replaced. */
  private async anonymiseComments(
    manager: EntityManager,
    comments: ErasedComment[],
    now: string,
  ): Promise<number> {
    let events = 0;
    for (let start = 0; start < comments.length; start += ID_CHUNK) {
      const ids = comments.slice(start, start + ID_CHUNK).map((comment) => comment.id);
      await manager
        .createQueryBuilder()
        .update(CommentEntity)
        .set({
          author: ANONYMISED_AUTHOR,
          title: null,
          body: '',
          evidence: {},
          version: () => 'version + 1',
          updatedAt: now,
        })
        .where({ id: In(ids) })
        .execute();
      const redacted = await manager
        .createQueryBuilder()
        .update(ModerationEventEntity)
        .set({ note: REDACTED_NOTE })
        .where({ commentId: In(ids) })
        .andWhere('note IS NOT NULL')
        .andWhere('note <> :redacted', { redacted: REDACTED_NOTE })
        .execute();
      events += redacted.affected ?? 0;
    }
    return events;
  }
}

/** The API view of an erasure record. */
export function toErasureView(record: PrivacyErasureEntity): ErasureView {
  return {
    id: record.id,
    at: record.at,
    actor: record.actor,
    mode: record.mode,
    reference: record.reference,
    authorHash: record.authorHash,
    comments: record.comments,
    events: record.events,
  };
}
