import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { HostileAlertEntity } from '../alerts/hostile-alert.entity';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { ArticleEntity } from '../articles/article.entity';
import { CommentEntity } from '../comments/comment.entity';
import { ModerationEventEntity } from '../moderation/moderation-event.entity';
import { MIGRATIONS } from '../migrations';
import { SessionEntity } from '../auth/session.entity';
import { SettingEntity } from '../settings/setting.entity';
import { UserEntity } from '../users/user.entity';
import { PolicyVersionEntity } from '../policy/policy-version.entity';
import { ReapplyJobEntity } from '../policy/reapply-job.entity';
import { ScoringModelEntity } from '../model/scoring-model.entity';
import { PrivacyErasureEntity } from '../privacy/privacy-erasure.entity';

/** Every entity, for the migration CLI and tests; the app itself registers them per feature module. */
export const ENTITIES = [ArticleEntity, CommentEntity, ModerationEventEntity, SettingEntity, UserEntity, SessionEntity, ApiKeyEntity, HostileAlertEntity, PolicyVersionEntity, ReapplyJobEntity, ScoringModelEntity, PrivacyErasureEntity];

// How long a statement waits for another connection's write lock before SQLITE_BUSY.
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** What every database shares: the entities, and the schema from migrations run at start (never synchronize). */
const SCHEMA_OPTIONS = {
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsRun: true,
  migrationsTransactionMode: 'each' as const,
  synchronize: false,
  logging: ['error', 'warn'] as ('error' | 'warn')[],
};

/** The SQLite data source: WAL journal, foreign keys on. */
export function sqliteOptions(databasePath: string): DataSourceOptions {
  if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
  return { type: 'sqlite', database: databasePath, enableWAL: true, busyTimeout: SQLITE_BUSY_TIMEOUT_MS, ...SCHEMA_OPTIONS };
}

/** The PostgreSQL data source. */
export function postgresOptions(url: string): DataSourceOptions {
  return { type: 'postgres', url, ...SCHEMA_OPTIONS };
}

/** The configured database: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function dataSourceOptions(config: { databasePath: string; databaseUrl?: string }): DataSourceOptions {
  return config.databaseUrl ? postgresOptions(config.databaseUrl) : sqliteOptions(config.databasePath);
}

/** The data source as the Nest app uses it: entities registered by the feature modules. */
export function appDataSourceOptions(config: { databasePath: string; databaseUrl?: string }): TypeOrmModuleOptions {
  return { ...dataSourceOptions(config), entities: [], autoLoadEntities: true };
}
