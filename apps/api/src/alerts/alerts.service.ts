import { Injectable, Logger, NotFoundException, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ALERT_SIGNALS, type AlertSettings, type AlertSignal, type AlertStatus, type HostileAlertView } from '@tenor/contracts';
import { DEFAULT_ALERT_SETTINGS, type HostileEpisode, detectHostileEpisodes } from '@tenor/insights';
import type { Subscription } from 'rxjs';
import { DataSource, LessThan } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { nowInstant } from '../common/instants';
import { SqlParameters } from '../database/sql-parameters';
import { LiveService } from '../live/live.service';
import { SettingsService } from '../settings/settings.service';
import { HostileAlertEntity, toAlertView } from './hostile-alert.entity';

const SETTINGS_KEY = 'alerts';
/** New comments are checked this long after they arrive, so a bulk ingest is checked once per burst, not per batch. */
const DETECTION_DELAY_MS = 500;
/** Articles checked per query. */
const ARTICLE_CHUNK = 200;
/** Alerts listed at most. */
const LIST_LIMIT = 500;
/** Deliveries per alert before it is marked failed; the pause doubles after each failure, from one second. */
const WEBHOOK_ATTEMPTS = 5;
const WEBHOOK_TIMEOUT_MS = 5000;
const WEBHOOK_BATCH = 50;

/**
 * Hostile-thread alerts: after new comments arrive, each touched article's hourly series (from the rollups) is
 * checked for a rise of its negative or flagged share over its rolling baseline (see @tenor/insights
 * detectHostileEpisodes); a new episode becomes an open alert, is announced live and POSTed to the webhook.
 */
@Injectable()
export class AlertsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AlertsService.name);
  private readonly pending = new Set<number>();
  private subscription?: Subscription;
  private detectionTimer?: NodeJS.Timeout;
  private deliveryTimer?: NodeJS.Timeout;
  private work: Promise<void> = Promise.resolve();
  private isClosing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly live: LiveService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.live.stream().subscribe((event) => {
      if (event.type === 'comments.created') this.schedule(event.articleIds);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.isClosing = true;
    this.subscription?.unsubscribe();
    clearTimeout(this.detectionTimer);
    clearTimeout(this.deliveryTimer);
    // Articles that got comments just before the end (a CLI ingest) are still checked; delivery waits for the server.
    const ids = [...this.pending];
    this.pending.clear();
    if (ids.length > 0) this.enqueue(async () => void (await this.detect(ids)));
    await this.work;
  }

  /** The detection settings and webhook. */
  getSettings(): Promise<AlertSettings> {
    return this.settings.get(SETTINGS_KEY, DEFAULT_ALERT_SETTINGS);
  }

  /** Replaces the detection settings and webhook; pending deliveries go to the new URL. */
  async putSettings(settings: AlertSettings): Promise<AlertSettings> {
    const stored = await this.settings.put(SETTINGS_KEY, { ...DEFAULT_ALERT_SETTINGS, ...settings, webhookUrl: settings.webhookUrl ?? null });
    this.scheduleDelivery(0);
    return stored;
  }

  /** Alerts, newest first. */
  async list(query: { status?: AlertStatus | 'all'; articleId?: number }): Promise<HostileAlertView[]> {
    const status = query.status ?? 'open';
    const alerts = await this.dataSource.manager.find(HostileAlertEntity, {
      where: { ...(status === 'all' ? {} : { status }), ...(query.articleId === undefined ? {} : { articleId: query.articleId }) },
      relations: { article: true },
      order: { id: 'DESC' },
      take: LIST_LIMIT,
    });
    return alerts.map(toAlertView);
  }

  /** Marks an alert as seen by an editor; acknowledging twice keeps the first acknowledgement. */
  async acknowledge(id: number, user: AuthenticatedUser): Promise<HostileAlertView> {
    const alert = await this.dataSource.manager.findOne(HostileAlertEntity, { where: { id }, relations: { article: true } });
    if (!alert) throw new NotFoundException(`alert ${id} does not exist`);
    if (alert.status === 'open') {
      Object.assign(alert, { status: 'acknowledged', acknowledgedBy: user.username, acknowledgedAt: nowInstant() });
      await this.dataSource.manager.update(HostileAlertEntity, { id }, { status: alert.status, acknowledgedBy: alert.acknowledgedBy, acknowledgedAt: alert.acknowledgedAt });
    }
    return toAlertView(alert);
  }

  /** Checks the articles after a short pause, together with any others that get comments meanwhile. */
  schedule(articleIds: number[]): void {
    if (this.isClosing) return;
    for (const id of articleIds) this.pending.add(id);
    if (this.detectionTimer || this.pending.size === 0) return;
    this.detectionTimer = setTimeout(() => {
      this.detectionTimer = undefined;
      const ids = [...this.pending];
      this.pending.clear();
      this.enqueue(async () => {
        await this.detect(ids);
        await this.deliver();
      });
    }, DETECTION_DELAY_MS);
    this.detectionTimer.unref();
  }

  /** Checks articles now and stores their new or widened episodes; returns the alerts opened. */
  async detect(articleIds: number[]): Promise<HostileAlertView[]> {
    const settings = await this.getSettings();
    const priors = await this.siteShares();
    const opened: HostileAlertView[] = [];
    for (let start = 0; start < articleIds.length; start += ARTICLE_CHUNK) {
      const ids = articleIds.slice(start, start + ARTICLE_CHUNK);
      const series = await this.hourlySeries(ids);
      for (const articleId of ids) {
        const hours = series.get(articleId) ?? [];
        const episodes = ALERT_SIGNALS.flatMap((signal) =>
          detectHostileEpisodes(
            hours.map((hour) => ({ hourKey: hour.hour, count: hour.total, hostile: hour[signal] })),
            priors[signal],
            settings,
          ).map((episode) => ({ ...episode, signal })),
        );
        opened.push(...(await this.record(articleId, mergeOverlapping(episodes), settings)));
      }
    }
    for (const alert of opened) this.live.publish({ type: 'alert.opened', alertId: alert.id, articleId: alert.articleId });
    return opened;
  }

  /** POSTs pending alerts to the webhook; failures are retried with a doubling pause, then marked failed. */
  async deliver(): Promise<void> {
    const { webhookUrl } = await this.getSettings();
    const due = await this.dataSource.manager.find(HostileAlertEntity, {
      where: { webhook: 'pending', webhookAttempts: LessThan(WEBHOOK_ATTEMPTS) },
      relations: { article: true },
      order: { id: 'ASC' },
      take: WEBHOOK_BATCH,
    });
    let retryAttempt = Number.POSITIVE_INFINITY;
    for (const alert of due) {
      if (webhookUrl === null) {
        await this.dataSource.manager.update(HostileAlertEntity, { id: alert.id }, { webhook: 'none' });
        continue;
      }
      const error = await post(webhookUrl, { event: 'hostile-thread.opened', alert: toAlertView(alert) });
      const attempts = alert.webhookAttempts + 1;
      const webhook = error === null ? 'sent' : attempts >= WEBHOOK_ATTEMPTS ? 'failed' : 'pending';
      await this.dataSource.manager.update(HostileAlertEntity, { id: alert.id }, { webhook, webhookAttempts: attempts, webhookError: error });
      if (webhook === 'pending') retryAttempt = Math.min(retryAttempt, attempts);
      if (error !== null) this.logger.warn(`webhook for alert ${alert.id} failed (attempt ${attempts}): ${error}`);
    }
    if (Number.isFinite(retryAttempt)) this.scheduleDelivery(1000 * 2 ** (retryAttempt - 1));
    else if (due.length === WEBHOOK_BATCH) this.scheduleDelivery(0);
  }

  private scheduleDelivery(delayMs: number): void {
    if (this.isClosing) return;
    clearTimeout(this.deliveryTimer);
    this.deliveryTimer = setTimeout(() => this.enqueue(() => this.deliver()), delayMs);
    this.deliveryTimer.unref();
  }

  /** Runs background work one piece at a time; a failure is logged, never thrown into a timer. */
  private enqueue(task: () => Promise<void>): void {
    this.work = this.work.then(task).catch((error: unknown) => this.logger.error(`alert work failed: ${(error as Error).message}`));
  }

  /** Stores episodes: one overlapping a stored alert updates it (wider window, new peak), a new one opens an alert. */
  private async record(articleId: number, episodes: SignalEpisode[], settings: AlertSettings): Promise<HostileAlertView[]> {
    if (episodes.length === 0) return [];
    const manager = this.dataSource.manager;
    const stored = await manager.find(HostileAlertEntity, { where: { articleId } });
    const opened: HostileAlertView[] = [];
    for (const episode of episodes) {
      const peak = { signal: episode.signal, count: episode.count, share: episode.share, baseline: episode.baseline, zScore: episode.zScore };
      const match = stored.find((alert) => alert.windowStart < episode.windowEnd && episode.windowStart < alert.windowEnd);
      if (match) {
        const changes = { windowStart: episode.windowStart, windowEnd: episode.windowEnd, ...peak };
        if (Object.entries(changes).some(([field, value]) => match[field as keyof typeof changes] !== value)) {
          await manager.update(HostileAlertEntity, { id: match.id }, changes);
        }
        continue;
      }
      const alert = await manager.save(
        manager.create(HostileAlertEntity, {
          articleId,
          windowStart: episode.windowStart,
          windowEnd: episode.windowEnd,
          ...peak,
          detectedAt: nowInstant(),
          status: 'open',
          acknowledgedBy: null,
          acknowledgedAt: null,
          webhook: settings.webhookUrl === null ? 'none' : 'pending',
          webhookAttempts: 0,
          webhookError: null,
        }),
      );
      stored.push(alert);
      opened.push(toAlertView(alert));
    }
    return opened;
  }

  /** The site-wide negative and flagged shares over all comments: the prior of a new article's baseline. */
  private async siteShares(): Promise<Record<AlertSignal, number>> {
    const [row]: { total: string | number | null; negative: string | number | null; flagged: string | number | null }[] = await this.dataSource.query(
      'SELECT SUM(total) AS total, SUM(negative) AS negative, SUM(flagged) AS flagged FROM comment_rollup_days',
    );
    const total = Number(row?.total ?? 0);
    if (total === 0) return { negative: 0.2, flagged: 0.05 };
    return { negative: Number(row.negative) / total, flagged: Number(row.flagged) / total };
  }

  /** Each article's comments per UTC hour (all languages), with its negative and flagged counts, in time order. */
  private async hourlySeries(articleIds: number[]): Promise<Map<number, { hour: string; total: number; negative: number; flagged: number }[]>> {
    const parameters = new SqlParameters(this.dataSource.manager);
    const rows: { articleId: number; hour: string; total: string | number; negative: string | number; flagged: string | number }[] =
      await this.dataSource.query(
        `SELECT article_id AS "articleId", hour, SUM(total) AS total, SUM(negative) AS negative, SUM(flagged) AS flagged
         FROM comment_rollup_article_hours WHERE article_id IN (${parameters.list(articleIds)})
         GROUP BY article_id, hour ORDER BY article_id, hour`,
        parameters.values,
      );
    const series = new Map<number, { hour: string; total: number; negative: number; flagged: number }[]>();
    for (const row of rows) {
      const articleId = Number(row.articleId);
      const hours = series.get(articleId) ?? [];
      hours.push({ hour: row.hour, total: Number(row.total), negative: Number(row.negative), flagged: Number(row.flagged) });
      series.set(articleId, hours);
    }
    return series;
  }
}

/** An episode of one signal. */
type SignalEpisode = HostileEpisode & { signal: AlertSignal };

/**
 * One episode per stretch of time: episodes of the two signals that overlap are one thread turning hostile,
 * reported by the signal whose peak rose furthest (highest z-score), over the union of their windows.
 */
function mergeOverlapping(episodes: SignalEpisode[]): SignalEpisode[] {
  const merged: SignalEpisode[] = [];
  for (const episode of [...episodes].sort((a, b) => a.windowStart.localeCompare(b.windowStart))) {
    const last = merged[merged.length - 1];
    if (!last || last.windowEnd <= episode.windowStart) {
      merged.push(episode);
      continue;
    }
    const peak = episode.zScore > last.zScore ? episode : last;
    merged[merged.length - 1] = { ...peak, windowStart: last.windowStart, windowEnd: last.windowEnd > episode.windowEnd ? last.windowEnd : episode.windowEnd };
  }
  return merged;
}

/** POSTs JSON; null when the receiver answered 2xx, otherwise why not. */
async function post(url: string, body: unknown): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Tenor-Alerts/1' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      redirect: 'error',
    });
    await response.body?.cancel();
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return ((error as Error).message || String(error)).slice(0, 500);
  }
}
