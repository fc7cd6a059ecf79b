import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One saved version of the moderation policy; versions are never changed, a restore saves a new one. */
@Entity({ name: 'policy_versions' })
export class PolicyVersionEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  /** The ModerationPolicy as JSON. */
  @Column({ type: 'text' })
  policy!: string;

  @Column({ type: 'varchar', length: 200 })
  author!: string;

  @Column({ name: 'author_user_id', type: 'integer', nullable: true })
  authorUserId!: number | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'restored_from', type: 'integer', nullable: true })
  restoredFrom!: number | null;
}
