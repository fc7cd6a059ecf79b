import type { DatePrecision } from '@tenor/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A published article whose comment section Tenor watches. Instants are stored as ISO 8601 UTC strings. */
@Entity({ name: 'articles' })
export class ArticleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('ux_articles_external_id', { unique: true })
  @Column({ name: 'external_id', type: 'varchar', length: 200 })
  externalId!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Index('ix_articles_published_at')
  @Column({ name: 'published_at', type: 'varchar', length: 30, nullable: true })
  publishedAt!: string | null;

  @Column({ name: 'published_at_precision', type: 'varchar', length: 10, nullable: true })
  publishedAtPrecision!: DatePrecision | null;

  @Column({ name: 'is_published_at_inferred', type: 'boolean', default: false })
  isPublishedAtInferred!: boolean;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ name: 'source_file', type: 'varchar', length: 500, nullable: true })
  sourceFile!: string | null;

  @Index('ix_articles_section')
  @Column({ type: 'varchar', length: 100, nullable: true })
  section!: string | null;

  /** New comments wait for approval before the site shows them (switched by editors, for example from an alert). */
  @Column({ name: 'is_premoderated', type: 'boolean', default: false })
  isPremoderated!: boolean;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
