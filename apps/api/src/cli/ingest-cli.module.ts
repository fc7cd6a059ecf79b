import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app.config';
import { ConfigModule } from '../config/config.module';
import { appDataSourceOptions } from '../database/database-options';
import { IngestModule } from '../ingest/ingest.module';
import { LiveModule } from '../live/live.module';
import { ScoringModule } from '../scoring/scoring.module';
import { SettingsModule } from '../settings/settings.module';

/** What `npm run ingest` needs: the database, the scorer and the ingest services, without HTTP or accounts. */
@Module({})
export class IngestCliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: IngestCliModule,
      imports: [
        ConfigModule.register(config),
        TypeOrmModule.forRoot(appDataSourceOptions(config)),
        SettingsModule,
        ScoringModule,
        LiveModule,
        IngestModule,
      ],
    };
  }
}
