import { Global, Module } from '@nestjs/common';
import { createScorer, type Scorer } from '@tenor/scoring';
import { SettingsModule } from '../settings/settings.module';
import { SettingsService } from '../settings/settings.service';

/** Injection token of the one Scorer instance the API uses. */
export const SCORER = Symbol('SCORER');

/** Provides the scorer, configured from the stored scoring settings. */
@Global()
@Module({
  imports: [SettingsModule],
  providers: [
    {
      provide: SCORER,
      inject: [SettingsService],
      useFactory: async (settings: SettingsService): Promise<Scorer> => createScorer(await settings.getScoringOptions()),
    },
  ],
  exports: [SCORER],
})
export class ScoringModule {}
