import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AlertsModule } from './alerts/alerts.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { ArticlesModule } from './articles/articles.module';
import { AuthModule } from './auth/auth.module';
import { CommentsModule } from './comments/comments.module';
import { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import { appDataSourceOptions } from './database/database-options';
import { sqliteConnectionGate } from './database/sqlite-connection-gate';
import { PolicyModule } from './policy/policy.module';
import { PrivacyModule } from './privacy/privacy.module';
import { HealthController } from './health/health.controller';
import { IngestModule } from './ingest/ingest.module';
import { LiveModule } from './live/live.module';
import { ModelModule } from './model/model.module';
import { ModerationModule } from './moderation/moderation.module';
import { ScoringModule } from './scoring/scoring.module';
import { SettingsModule } from './settings/settings.module';
import { TrendsModule } from './trends/trends.module';
import { UsersModule } from './users/users.module';

/** What the API and the command-line tools share: config, database, settings, scorer and live events. */
export function coreImports(config: AppConfig): (DynamicModule | typeof SettingsModule)[] {
  const database = TypeOrmModule.forRootAsync({
    useFactory: () => appDataSourceOptions(config),
    // On SQLite, the gate that keeps concurrent requests' transactions apart is in place before the first request.
    dataSourceFactory: async (options) => {
      const dataSource = await new DataSource(options as DataSourceOptions).initialize();
      sqliteConnectionGate(dataSource);
      return dataSource;
    },
  });
  return [ConfigModule.register(config), database, SettingsModule, ScoringModule, LiveModule, AlertsModule];
}

/** The Tenor API, and the built dashboard at `/` when it exists. */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    const isDashboardBuilt = existsSync(join(config.dashboardDir, 'index.html'));
    return {
      module: AppModule,
      imports: [
        ...coreImports(config),
        ApiKeysModule,
        AuthModule,
        UsersModule,
        ArticlesModule,
        CommentsModule,
        ModerationModule,
        TrendsModule,
        IngestModule,
        PolicyModule,
        ModelModule,
        PrivacyModule,
        ...(isDashboardBuilt
          ? [ServeStaticModule.forRoot({ rootPath: config.dashboardDir, exclude: ['/api/{*path}'] })]
          : []),
      ],
      controllers: [HealthController],
    };
  }
}
