import { Global, Module } from '@nestjs/common';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import type { Scorer } from '@tenor/scoring';
import type { Repository } from 'typeorm';
import { AppConfig } from '../config/app.config';
import { readActiveModel } from '../model/active-model';
import { ScoringModelEntity } from '../model/scoring-model.entity';
import { SettingsModule } from '../settings/settings.module';
import { SettingsService, type StoredScoringOptions } from '../settings/settings.service';
import { createScorerWithModel, OffenseModelSwitch, type OffenseModelVersion } from './offense-model-switch';
import { ScoringPool } from './scoring-pool';
import { SwappableScorer } from './swappable-scorer';

/** Injection token of the one Scorer instance the API uses; its offense model is switched by OffenseModelSwitch. */
export const SCORER = Symbol('SCORER');

/** The stored scorer options, read once, so the scorer and the pool's workers score alike. */
const SCORER_OPTIONS = Symbol('SCORER_OPTIONS');

/** The offense model version active at start. */
const INITIAL_MODEL = Symbol('INITIAL_MODEL');

/**
 * Provides the scorer, configured from the stored scoring settings and the active offense model version, the worker
 * pool bulk ingestion scores (and the model trains) in, and the switch that moves both to another model version.
 */
@Global()
@Module({
  imports: [SettingsModule, TypeOrmModule.forFeature([ScoringModelEntity])],
  providers: [
    {
      provide: SCORER_OPTIONS,
      inject: [SettingsService],
      useFactory: (settings: SettingsService): Promise<StoredScoringOptions> => settings.getScoringOptions(),
    },
    {
      provide: INITIAL_MODEL,
      inject: [getRepositoryToken(ScoringModelEntity)],
      useFactory: (models: Repository<ScoringModelEntity>): Promise<OffenseModelVersion> => readActiveModel(models),
    },
    {
      provide: SCORER,
      inject: [SCORER_OPTIONS, INITIAL_MODEL],
      useFactory: (options: StoredScoringOptions, initial: OffenseModelVersion): Scorer =>
        new SwappableScorer(createScorerWithModel(options, initial.offenseModel)),
    },
    {
      provide: ScoringPool,
      inject: [AppConfig, SCORER_OPTIONS, SCORER, INITIAL_MODEL],
      useFactory: (config: AppConfig, scorerOptions: StoredScoringOptions, scorer: Scorer, initial: OffenseModelVersion): ScoringPool =>
        new ScoringPool({ size: config.scoringWorkers, scorerOptions, scorer, offenseModel: initial.offenseModel }),
    },
    {
      provide: OffenseModelSwitch,
      inject: [SCORER, ScoringPool, SCORER_OPTIONS, INITIAL_MODEL],
      useFactory: (scorer: SwappableScorer, pool: ScoringPool, options: StoredScoringOptions, initial: OffenseModelVersion) =>
        new OffenseModelSwitch(scorer, pool, options, initial),
    },
  ],
  exports: [SCORER, ScoringPool, OffenseModelSwitch],
})
export class ScoringModule {}
