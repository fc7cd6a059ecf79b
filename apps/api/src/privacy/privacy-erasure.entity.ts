import type { ErasureMode } from '@tenor/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The record of one GDPR erasure request: who, when, how, under which reference, how many; never the author's name. */
@Entity({ name: 'privacy_erasures' })
@Index('ix_privacy_erasures_author_hash', ['authorHash', 'id'])
export class PrivacyErasureEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  @Column({ name: 'actor_user_id', type: 'integer', nullable: true })
  actorUserId!: number | null;

  @Column({ type: 'varchar', length: 10 })
  mode!: ErasureMode;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  /** Hex SHA-256 of the normalised author name (authorHash in author-hash.ts). */
  @Column({ name: 'author_hash', type: 'varchar', length: 64 })
  authorHash!: string;

  @Column({ type: 'integer' })
  comments!: number;

  @Column({ type: 'integer' })
  events!: number;
}
