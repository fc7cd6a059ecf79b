import type { CommentStatus, EvidenceSpan, Language, RiskCategory, ToneLabel } from '@tenor/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';

/** Who set a comment's status: the moderation policy, or a moderator (after which the policy leaves it alone). */
export type StatusSource = 'policy' | 'moderator';

/** Evidence spans per risk category, as stored in the `evidence` JSON column. */
export type StoredEvidence = Partial<Record<RiskCategory, EvidenceSpan[]>>;

/** A reader comment with its scores and moderation state. Instants are ISO 8601 UTC strings. */
@Entity({ name: 'comments' })
@Index('ix_comments_queue', ['status', 'riskScore', 'id'])
@Index('ix_comments_flagged_queue', ['status', 'isFlagged', 'riskScore', 'id'])
@Index('ix_comments_held_queue', ['status', 'isHeld', 'riskScore', 'id'])
@Index('ix_comments_posted_at', ['postedAt', 'id'])
@Index('ix_comments_article_posted_at', ['articleId', 'postedAt'])
@Index('ix_comments_posted_day', ['postedDay'])
@Index('ix_comments_author', ['author', 'postedAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('ux_comments_external_id', { unique: true })
  @Column({ name: 'external_id', type: 'varchar', length: 200 })
  externalId!: string;

  @Column({ name: 'article_id', type: 'integer' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  @Column({ type: 'varchar', length: 200 })
  author!: string;

  @Column({ name: 'posted_at', type: 'varchar', length: 30 })
  postedAt!: string;

  /** The Europe/Berlin calendar day of postedAt (YYYY-MM-DD): the bucket of the daily series. */
  @Column({ name: 'posted_day', type: 'varchar', length: 10 })
  postedDay!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 5 })
  language!: Language;

  @Column({ name: 'tone_compound', type: 'double precision' })
  toneCompound!: number;

  @Column({ name: 'tone_pos', type: 'double precision' })
  tonePos!: number;

  @Column({ name: 'tone_neu', type: 'double precision' })
  toneNeu!: number;

  @Column({ name: 'tone_neg', type: 'double precision' })
  toneNeg!: number;

  @Column({ name: 'tone_label', type: 'varchar', length: 10 })
  toneLabel!: ToneLabel;

  @Column({ name: 'risk_insult', type: 'double precision' })
  riskInsult!: number;

  @Column({ name: 'risk_profanity', type: 'double precision' })
  riskProfanity!: number;

  @Column({ name: 'risk_threat', type: 'double precision' })
  riskThreat!: number;

  @Column({ name: 'risk_hate', type: 'double precision' })
  riskHate!: number;

  @Column({ name: 'risk_spam', type: 'double precision' })
  riskSpam!: number;

  @Column({ name: 'risk_personal_data', type: 'double precision' })
  riskPersonalData!: number;

  @Column({ name: 'flag_insult', type: 'boolean' })
  flagInsult!: boolean;

  @Column({ name: 'flag_profanity', type: 'boolean' })
  flagProfanity!: boolean;

  @Column({ name: 'flag_threat', type: 'boolean' })
  flagThreat!: boolean;

  @Column({ name: 'flag_hate', type: 'boolean' })
  flagHate!: boolean;

  @Column({ name: 'flag_spam', type: 'boolean' })
  flagSpam!: boolean;

  @Column({ name: 'flag_personal_data', type: 'boolean' })
  flagPersonalData!: boolean;

  @Column({ type: 'simple-json' })
  evidence!: StoredEvidence;

  @Column({ name: 'risk_score', type: 'double precision' })
  riskScore!: number;

  @Column({ name: 'is_flagged', type: 'boolean' })
  isFlagged!: boolean;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: CommentStatus;

  /** Held for approval before the site shows it (pre-moderation or a hold threshold of the policy). */
  @Column({ name: 'is_held', type: 'boolean', default: false })
  isHeld!: boolean;

  /** Who set the status: the policy (no human has decided; the policy may reject or release it) or a moderator. */
  @Column({ name: 'status_source', type: 'varchar', length: 10, default: 'policy' })
  statusSource!: StatusSource;

  /** The moderation policy version that set the flags, tone label, hold and (for the policy's own) status. */
  @Column({ name: 'policy_version', type: 'integer', default: 1 })
  policyVersion!: number;

  /** The offense model version the risk scores come from. */
  @Column({ name: 'model_version', type: 'integer', default: 1 })
  modelVersion!: number;

  @Column({ name: 'scorer_version', type: 'varchar', length: 100 })
  scorerVersion!: string;

  /** Increments on every change, for optimistic concurrency of decisions. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
