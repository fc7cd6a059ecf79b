import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  DECISION_TARGET_STATUS,
  type DecisionRequest,
  type DecisionResult,
  type ModerationEventView,
} from '@tenor/contracts';
import { DataSource, Repository } from 'typeorm';
import { nowInstant } from '../common/instants';
import { CommentEntity } from '../comments/comment.entity';
import { toCommentView } from '../comments/comment-columns';
import { ModerationEventEntity } from './moderation-event.entity';

function toEventView(event: ModerationEventEntity): ModerationEventView {
  return {
    id: event.id,
    commentId: event.commentId,
    actor: event.actor,
    at: event.at,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    action: event.action,
    reason: event.reason,
    note: event.note,
  };
}

/** Moderators' decisions: a status change and its audit event, written together. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ModerationEventEntity) private readonly events: Repository<ModerationEventEntity>,
  ) {}

  /**
   * Applies a decision. A stale `expectedVersion` (someone else decided first) is a 409 carrying the current
   * comment; repeating the decision that already holds changes nothing and returns its event.
   */
  async decide(commentId: number, decision: DecisionRequest, actor: string): Promise<DecisionResult> {
    return this.dataSource.transaction(async (manager) => {
      const comment = await manager.findOne(CommentEntity, { where: { id: commentId }, relations: { article: true } });
      if (!comment) throw new NotFoundException(`comment ${commentId} does not exist`);
      const articleTitle = comment.article?.title ?? '';
      if (decision.expectedVersion !== undefined && decision.expectedVersion !== comment.version) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `comment ${commentId} changed since version ${decision.expectedVersion}: it is now ${comment.status} (version ${comment.version})`,
          comment: toCommentView(comment, articleTitle),
        });
      }
      const toStatus = DECISION_TARGET_STATUS[decision.action];
      if (decision.action !== 'reject' && decision.reason) {
        throw new BadRequestException([`reason: only a rejection takes a reason code; use note for ${decision.action}`]);
      }
      if (comment.status === toStatus) {
        const latest = await manager.findOne(ModerationEventEntity, { where: { commentId }, order: { id: 'DESC' } });
        if (latest && latest.toStatus === toStatus) return { comment: toCommentView(comment, articleTitle), event: toEventView(latest) };
      }
      const now = nowInstant();
      const update = await manager
        .createQueryBuilder()
        .update(CommentEntity)
        .set({ status: toStatus, version: comment.version + 1, updatedAt: now })
        .where('id = :id AND version = :version', { id: commentId, version: comment.version })
        .execute();
      if (update.affected === 0) throw new ConflictException(`comment ${commentId} changed during the decision; reload it`);
      const event = await manager.save(
        manager.create(ModerationEventEntity, {
          commentId,
          actor,
          at: now,
          fromStatus: comment.status,
          toStatus,
          action: decision.action,
          reason: decision.reason ?? null,
          note: decision.note ?? null,
        }),
      );
      const updated = { ...comment, status: toStatus, version: comment.version + 1, updatedAt: now };
      return { comment: toCommentView(updated, articleTitle), event: toEventView(event) };
    });
  }

  /** A comment's audit trail, oldest first. */
  async history(commentId: number): Promise<ModerationEventView[]> {
    const exists = await this.dataSource.manager.existsBy(CommentEntity, { id: commentId });
    if (!exists) throw new NotFoundException(`comment ${commentId} does not exist`);
    const events = await this.events.find({ where: { commentId }, order: { id: 'ASC' } });
    return events.map(toEventView);
  }
}
