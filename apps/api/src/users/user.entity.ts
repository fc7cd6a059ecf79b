import type { Role } from '@tenor/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person who signs in: moderator, editor or admin. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('ux_users_username', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 12 })
  role!: Role;

  /** Sections the user may moderate; empty means all. */
  @Column({ type: 'simple-json' })
  sections!: string[];

  @Column({ name: 'is_disabled', type: 'boolean', default: false })
  isDisabled!: boolean;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;

  @Column({ name: 'last_login_at', type: 'varchar', length: 30, nullable: true })
  lastLoginAt!: string | null;
}
