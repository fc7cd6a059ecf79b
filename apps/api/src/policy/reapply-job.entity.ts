import type { ReapplyState } from '@tenor/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a re-apply run does to each comment: evaluate the policy on the stored scores, or score it again first. */
export type ReapplyKind = 'policy' | 'rescore';

/** A background run over every comment, in id order, with its checkpoint. */
@Entity({ name: 'reapply_jobs' })
export class ReapplyJobEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 10 })
  kind!: ReapplyKind;

  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  @Column({ name: 'model_version', type: 'integer' })
  modelVersion!: number;

  @Column({ type: 'varchar', length: 12 })
  state!: ReapplyState;

  /** Comments stored when the run started (comments added later are evaluated on arrival). */
  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer', default: 0 })
  processed!: number;

  @Column({ type: 'integer', default: 0 })
  changed!: number;

  /** Every comment with an id up to this one is done, committed together with its comments. */
  @Column({ name: 'last_comment_id', type: 'integer', default: 0 })
  lastCommentId!: number;

  @Column({ name: 'started_at', type: 'varchar', length: 30 })
  startedAt!: string;

  @Column({ name: 'finished_at', type: 'varchar', length: 30, nullable: true })
  finishedAt!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
