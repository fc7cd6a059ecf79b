import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BulkDecisionRequest,
  type BulkDecisionResult,
  type CommentStatus,
  DECISION_TARGET_STATUS,
  type DecisionRequest,
  type DecisionResult,
  type ModerationAction,
  type ModerationEventView,
  type RejectReason,
} from '@tenor/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { nowInstant } from '../common/instants';
import { CommentEntity } from '../comments/comment.entity';
import { toCommentView } from '../comments/comment-columns';
import { CommentsService } from '../comments/comments.service';
import { LiveService } from '../live/live.service';
import { ModerationEventEntity } from './moderation-event.entity';
import { toEventView } from './moderation-event-view';
import { inTransaction } from '../database/in-transaction';
import { RollupService } from '../trends/rollup.service';

// Ids per UPDATE … WHERE id IN (…) in a bulk decision; well under SQLite's bound-parameter limit.
const BULK_CHUNK = 500;

/** One status change to write: the comment as read in the transaction, where it goes, and why. */
interface StatusChange {
  comment: Pick<CommentEntity, 'id' | 'status' | 'version'>;
  toStatus: CommentStatus;
  action: ModerationAction;
  reason: RejectReason | null;
  note: string | null;
}

/** Moderators' decisions: each status change and its immutable audit event are written in one transaction. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comments: CommentsService,
    private readonly live: LiveService,
    private readonly rollups: RollupService,
  ) {}

  /**
   * Applies a decision. A stale `expectedVersion` (someone else decided first) is a 409 carrying the current
   * comment; repeating the decision that already holds changes nothing and returns its event.
   */
  async decide(commentId: number, decision: DecisionRequest, user: AuthenticatedUser): Promise<DecisionResult> {
    if (decision.action !== 'reject' && decision.reason) {
      throw new BadRequestException([`reason: only a rejection takes a reason code; use note for ${decision.action}`]);
    }
    const result = await inTransaction(this.dataSource, async (manager) => {
      const comment = await this.comments.findEntity(commentId, user, manager);
      this.checkVersion(comment, decision.expectedVersion);
      const toStatus = DECISION_TARGET_STATUS[decision.action];
      if (comment.status === toStatus) {
        const latest = await manager.findOne(ModerationEventEntity, { where: { commentId }, order: { id: 'DESC' } });
        if (latest && latest.toStatus === toStatus) {
          return { comment: toCommentView(comment, comment.article?.title ?? ''), event: toEventView(latest) };
        }
      }
      const [event] = await this.writeChanges(
        manager,
        [{ comment, toStatus, action: decision.action, reason: decision.reason ?? null, note: decision.note ?? null }],
        user,
      );
      return { comment: toCommentView({ ...comment, status: toStatus, version: comment.version + 1, updatedAt: event.at }, comment.article?.title ?? ''), event };
    });
    this.announce([result.comment]);
    return result;
  }

  /** Reverts the comment's latest status change (an undo of an undo redoes it), as a new audit event. */
  async undo(commentId: number, user: AuthenticatedUser, expectedVersion?: number): Promise<DecisionResult> {
    const result = await inTransaction(this.dataSource, async (manager) => {
      const comment = await this.comments.findEntity(commentId, user, manager);
      this.checkVersion(comment, expectedVersion);
      const latest = await manager.findOne(ModerationEventEntity, { where: { commentId }, order: { id: 'DESC' } });
      if (!latest) throw new BadRequestException([`comment ${commentId} has no decision to undo`]);
      const [event] = await this.writeChanges(
        manager,
        [{ comment, toStatus: latest.fromStatus, action: 'undo', reason: null, note: `undo of event ${latest.id} (${latest.action})` }],
        user,
      );
      return {
        comment: toCommentView({ ...comment, status: latest.fromStatus, version: comment.version + 1, updatedAt: event.at }, comment.article?.title ?? ''),
        event,
      };
    });
    this.announce([result.comment]);
    return result;
  }

  /** How many comments a bulk decision would touch. */
  async bulkCount(request: Pick<BulkDecisionRequest, 'ids' | 'filter'>, user: AuthenticatedUser): Promise<number> {
    return (await this.bulkTargets(request, user, this.dataSource.manager)).length;
  }

  /**
   * Decides many comments in one transaction, one audit event per changed comment. Nothing happens (409) when
   * the selection no longer holds the count the moderator confirmed.
   */
  async bulkDecide(request: BulkDecisionRequest, user: AuthenticatedUser): Promise<BulkDecisionResult> {
    if (request.action !== 'reject' && request.reason) {
      throw new BadRequestException([`reason: only a rejection takes a reason code; use note for ${request.action}`]);
    }
    const toStatus = DECISION_TARGET_STATUS[request.action];
    const changed: Pick<CommentEntity, 'id' | 'status' | 'version'>[] = [];
    const result = await inTransaction(this.dataSource, async (manager) => {
      const ids = await this.bulkTargets(request, user, manager);
      if (ids.length !== request.expectedCount) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `the selection now holds ${ids.length} comments, not the ${request.expectedCount} confirmed; nothing was changed`,
          count: ids.length,
        });
      }
      let unchanged = 0;
      for (let start = 0; start < ids.length; start += BULK_CHUNK) {
        const comments = await manager.find(CommentEntity, {
          select: { id: true, status: true, version: true },
          where: { id: In(ids.slice(start, start + BULK_CHUNK)) },
        });
        const toChange = comments.filter((comment) => comment.status !== toStatus);
        unchanged += comments.length - toChange.length;
        await this.writeChanges(
          manager,
          toChange.map((comment) => ({ comment, toStatus, action: request.action, reason: request.reason ?? null, note: request.note ?? null })),
          user,
        );
        changed.push(...toChange.map((comment) => ({ id: comment.id, status: toStatus, version: comment.version + 1 })));
      }
      return { decided: ids.length - unchanged, unchanged };
    });
    this.announce(changed);
    return result;
  }

  /** A comment's audit trail, oldest first. */
  async history(commentId: number, user: AuthenticatedUser): Promise<ModerationEventView[]> {
    await this.comments.findEntity(commentId, user);
    const events = await this.dataSource.manager.find(ModerationEventEntity, { where: { commentId }, order: { id: 'ASC' } });
    return events.map(toEventView);
  }

  private async bulkTargets(request: Pick<BulkDecisionRequest, 'ids' | 'filter'>, user: AuthenticatedUser, manager: EntityManager): Promise<number[]> {
    if ((request.ids === undefined) === (request.filter === undefined)) {
      throw new BadRequestException(['ids: give either ids or filter']);
    }
    if (request.filter) return this.comments.matchingIds(request.filter, user, manager);
    const ids = [...new Set(request.ids)];
    const visible = new Set(await this.comments.visibleIds(ids, user, manager));
    const missing = ids.filter((id) => !visible.has(id));
    if (missing.length > 0) throw new BadRequestException([`ids: no comment you may decide with id ${missing.slice(0, 10).join(', ')}`]);
    return ids;
  }

  private checkVersion(comment: CommentEntity, expectedVersion: number | undefined): void {
    if (expectedVersion !== undefined && expectedVersion !== comment.version) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `comment ${comment.id} changed since version ${expectedVersion}: it is now ${comment.status} (version ${comment.version})`,
        comment: toCommentView(comment, comment.article?.title ?? ''),
      });
    }
  }

  /** Moves each comment to its new status if it is still at the version read, and writes its audit event. */
  private async writeChanges(manager: EntityManager, changes: StatusChange[], user: AuthenticatedUser): Promise<ModerationEventView[]> {
    const at = nowInstant();
    const events: ModerationEventView[] = [];
    for (const change of changes) {
      const update = await manager
        .createQueryBuilder()
        .update(CommentEntity)
        .set({ status: change.toStatus, statusSource: 'moderator', version: change.comment.version + 1, updatedAt: at })
        .where('id = :id AND version = :version', { id: change.comment.id, version: change.comment.version })
        .execute();
      if (update.affected === 0) throw new ConflictException(`comment ${change.comment.id} changed during the decision; reload it`);
      const event = await manager.save(
        manager.create(ModerationEventEntity, {
          commentId: change.comment.id,
          actor: user.username,
          actorUserId: user.id,
          at,
          fromStatus: change.comment.status,
          toStatus: change.toStatus,
          action: change.action,
          reason: change.reason,
          note: change.note,
        }),
      );
      events.push(toEventView(event));
    }
    await this.rollups.applyDecisions(
      manager,
      events.map(({ commentId, action }) => ({ commentId, at, action })),
    );
    return events;
  }

  private announce(comments: Pick<CommentEntity, 'id' | 'status' | 'version'>[]): void {
    for (const comment of comments) {
      this.live.publish({ type: 'comment.changed', commentId: comment.id, status: comment.status, version: comment.version });
    }
  }
}
