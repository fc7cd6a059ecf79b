import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app.config';
import { ModelService } from './model.service';
import { ScoringModelEntity } from './scoring-model.entity';

/** The author of scheduled candidates. */
export const SCHEDULE_AUTHOR = 'Tenor (Zeitplan)';

const HOUR_MS = 3_600_000;
// How often the schedule looks whether a training is due: a schedule counted in hours need not be more exact, and a
// timer of a whole interval would overflow setInterval's 24.8-day limit.
const CHECK_INTERVAL_MS = 15 * 60_000;

/**
 * Whether a scheduled training is due: `hours` after the newest model version was trained and after the last
 * attempt (which found too few decisions or failed) alike.
 */
export function isRetrainDue(nowMs: number, newestTrainedAtMs: number, lastAttemptMs: number, hours: number): boolean {
  return hours > 0 && nowMs >= Math.max(newestTrainedAtMs, lastAttemptMs) + hours * HOUR_MS;
}

/**
 * Trains a candidate every TENOR_MODEL_RETRAIN_HOURS when at least TENOR_MODEL_RETRAIN_MIN_DECISIONS new decisions
 * exist; off at 0. The interval counts from the newest stored version, so a restart does not reset it.
 */
@Injectable()
export class ModelRetrainSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ModelRetrainSchedule.name);
  private timer?: NodeJS.Timeout;
  private lastAttemptMs = 0;
  private running: Promise<void> | null = null;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly models: ModelService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.modelRetrainHours === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.check().finally(() => (this.running = null));
    }, CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async check(): Promise<void> {
    try {
      const [newest] = await this.dataSource.manager.find(ScoringModelEntity, {
        select: { version: true, createdAt: true },
        order: { version: 'DESC' },
        take: 1,
      });
      const nowMs = Date.now();
      if (!isRetrainDue(nowMs, newest ? Date.parse(newest.createdAt) : 0, this.lastAttemptMs, this.config.modelRetrainHours)) return;
      this.lastAttemptMs = nowMs;
      if (await this.models.trainWhenEnoughDecisions(this.config.modelRetrainMinDecisions, SCHEDULE_AUTHOR)) {
        this.logger.log('trained a candidate offense model on the schedule; it waits for an admin to accept it');
      }
    } catch (error) {
      this.logger.error(`the scheduled training failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
