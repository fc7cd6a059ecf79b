import { Global, Module } from '@nestjs/common';
import { createScorer, type Scorer } from '@tenor/scoring';
import { AppConfig } from '../config/app.config';
import { SettingsModule } from '../settings/settings.module';
import { SettingsService, type StoredScoringOptions } from '../settings/settings.service';
import { ScoringPool } from './scoring-pool';

/** Injection token of the one Scorer instance the API uses. */
export const SCORER = Symbol('SCORER');

/** The stored scorer options, read once, so the scorer and the pool's workers score alike. */
const SCORER_OPTIONS = Symbol('SCORER_OPTIONS');

/** Provides the scorer, configured from the stored scoring settings, and the worker pool bulk ingestion scores in. */
@Global()
@Module({
  imports: [SettingsModule],
  providers: [
    {
      provide: SCORER_OPTIONS,
      inject: [SettingsService],
      useFactory: (settings: SettingsService): Promise<StoredScoringOptions> => settings.getScoringOptions(),
    },
    {
      provide: SCORER,
      inject: [SCORER_OPTIONS],
      useFactory: (options: StoredScoringOptions): Scorer => createScorer(options),
    },
    {
      provide: ScoringPool,
      inject: [AppConfig, SCORER_OPTIONS, SCORER],
      useFactory: (config: AppConfig, scorerOptions: StoredScoringOptions, scorer: Scorer): ScoringPool =>
        new ScoringPool({ size: config.scoringWorkers, scorerOptions, scorer }),
    },
  ],
  exports: [SCORER, ScoringPool],
})
export class ScoringModule {}
