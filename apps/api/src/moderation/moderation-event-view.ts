import type { AuditEventView, ModerationEventView } from '@tenor/contracts';
import type { ModerationEventEntity } from './moderation-event.entity';

/** The API view of an audit event. */
export function toEventView(event: ModerationEventEntity): ModerationEventView {
  return {
    id: event.id,
    commentId: event.commentId,
    actor: event.actor,
    actorUserId: event.actorUserId,
    at: event.at,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    action: event.action,
    reason: event.reason,
    note: event.note,
  };
}

/** The audit-log view: the event with the comment's author and article (loaded as `event.comment.article`). */
export function toAuditEventView(event: ModerationEventEntity): AuditEventView {
  return {
    ...toEventView(event),
    commentAuthor: event.comment?.author ?? '',
    articleId: event.comment?.articleId ?? 0,
    articleTitle: event.comment?.article?.title ?? '',
  };
}
