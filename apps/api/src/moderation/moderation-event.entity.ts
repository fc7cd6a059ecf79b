import type { CommentStatus, ModerationAction, RejectReason } from '@tenor/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommentEntity } from '../comments/comment.entity';

/** One immutable audit record: who moved a comment from which status to which, when and why. */
@Entity({ name: 'moderation_events' })
@Index('ix_moderation_events_comment', ['commentId', 'id'])
@Index('ix_moderation_events_at', ['at'])
@Index('ix_moderation_events_actor', ['actor', 'id'])
export class ModerationEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'comment_id', type: 'integer' })
  commentId!: number;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentEntity;

  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  @Column({ name: 'actor_user_id', type: 'integer', nullable: true })
  actorUserId!: number | null;

  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 12 })
  fromStatus!: CommentStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus!: CommentStatus;

  @Column({ type: 'varchar', length: 12 })
  action!: ModerationAction;

  @Column({ type: 'varchar', length: 30, nullable: true })
  reason!: RejectReason | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
