import type { AlertSignal, AlertStatus, HostileAlertView } from '@tenor/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';

/** An episode in which an article's comment section turned hostile, and what editors and the webhook did with it. */
@Entity({ name: 'hostile_alerts' })
export class HostileAlertEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  @Column({ type: 'varchar', length: 10 })
  signal!: AlertSignal;

  @Column({ name: 'window_start', type: 'varchar', length: 30 })
  windowStart!: string;

  @Column({ name: 'window_end', type: 'varchar', length: 30 })
  windowEnd!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'double precision' })
  share!: number;

  @Column({ type: 'double precision' })
  baseline!: number;

  @Column({ name: 'z_score', type: 'double precision' })
  zScore!: number;

  @Column({ name: 'detected_at', type: 'varchar', length: 30 })
  detectedAt!: string;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status!: AlertStatus;

  @Column({ name: 'acknowledged_by', type: 'varchar', length: 100, nullable: true })
  acknowledgedBy!: string | null;

  @Column({ name: 'acknowledged_at', type: 'varchar', length: 30, nullable: true })
  acknowledgedAt!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'none' })
  webhook!: HostileAlertView['webhook'];

  @Column({ name: 'webhook_attempts', type: 'integer', default: 0 })
  webhookAttempts!: number;

  @Column({ name: 'webhook_error', type: 'varchar', length: 500, nullable: true })
  webhookError!: string | null;
}

/** The API view of an alert. */
export function toAlertView(alert: HostileAlertEntity): HostileAlertView {
  return {
    id: alert.id,
    articleId: alert.articleId,
    articleTitle: alert.article?.title ?? '',
    signal: alert.signal,
    windowStart: alert.windowStart,
    windowEnd: alert.windowEnd,
    count: alert.count,
    share: alert.share,
    baseline: alert.baseline,
    zScore: alert.zScore,
    detectedAt: alert.detectedAt,
    status: alert.status,
    acknowledgedBy: alert.acknowledgedBy,
    acknowledgedAt: alert.acknowledgedAt,
    webhook: alert.webhook,
  };
}
