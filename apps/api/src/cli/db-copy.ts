import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { ArticleEntity } from '../articles/article.entity';
import { CommentEntity } from '../comments/comment.entity';
import { describeDatabase, loadAppConfig } from '../config/app.config';
import { postgresOptions, sqliteOptions } from '../database/database-options';
import { ModerationEventEntity } from '../moderation/moderation-event.entity';
import { ScoringModelEntity } from '../model/scoring-model.entity';
import { PolicyVersionEntity } from '../policy/policy-version.entity';
import { ReapplyJobEntity } from '../policy/reapply-job.entity';
import { PrivacyErasureEntity } from '../privacy/privacy-erasure.entity';
import { SettingEntity } from '../settings/setting.entity';
import { UserEntity } from '../users/user.entity';

const USAGE = `usage: DATABASE_URL=postgres://… npm run db:copy -- [--from data/tenor.sqlite]
Copies a Tenor SQLite database (default TENOR_DATABASE_PATH) into an empty PostgreSQL database, migrating it first.
Sessions are not copied (everyone signs in again). Stop the server while copying.`;

/** Tables in foreign-key order, with the generated id whose sequence must follow the copied rows. */
const TABLES: { entity: EntityTarget<ObjectLiteral>; table: string; orderBy: string; hasSerialId: boolean }[] = [
  { entity: UserEntity, table: 'users', orderBy: 'id', hasSerialId: true },
  { entity: ArticleEntity, table: 'articles', orderBy: 'id', hasSerialId: true },
  { entity: CommentEntity, table: 'comments', orderBy: 'id', hasSerialId: true },
  { entity: ModerationEventEntity, table: 'moderation_events', orderBy: 'id', hasSerialId: true },
  { entity: SettingEntity, table: 'settings', orderBy: 'key', hasSerialId: false },
  { entity: ApiKeyEntity, table: 'api_keys', orderBy: 'id', hasSerialId: true },
  { entity: PolicyVersionEntity, table: 'policy_versions', orderBy: 'version', hasSerialId: false },
  { entity: ReapplyJobEntity, table: 'reapply_jobs', orderBy: 'id', hasSerialId: true },
  { entity: ScoringModelEntity, table: 'scoring_models', orderBy: 'version', hasSerialId: false },
  { entity: PrivacyErasureEntity, table: 'privacy_erasures', orderBy: 'id', hasSerialId: true },
];
// Tables the target's migrations already wrote first rows into; the source's rows replace them.
const SEEDED_TABLES = ['settings', 'policy_versions', 'scoring_models'];
// Rows per read and per multi-row INSERT: comments have 36 columns, PostgreSQL allows 65,535 parameters.
const COPY_BATCH = 1000;

/** `npm run db:copy`: moves a SQLite database into PostgreSQL, ids and audit trail included. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, help: { type: 'boolean', default: false } } });
  const config = loadAppConfig(process.env, process.cwd(), values.from ? { databasePath: values.from } : {});
  if (values.help || !config.databaseUrl) throw new Error(USAGE);
  const source = new DataSource({ ...sqliteOptions(config.databasePath), migrationsRun: false });
  const target = new DataSource(postgresOptions(config.databaseUrl));
  await source.initialize();
  await target.initialize();
  try {
    for (const { table } of TABLES) {
      const [{ count }] = await target.query(`SELECT COUNT(*) AS count FROM ${table}`);
      if (Number(count) > 0 && !SEEDED_TABLES.includes(table)) throw new Error(`the target already has rows in ${table}; copy into an empty database`);
    }
    for (const table of SEEDED_TABLES) await target.query(`DELETE FROM ${table}`);
    for (const { entity, table, orderBy, hasSerialId } of TABLES) {
      let copied = 0;
      for (let offset = 0; ; offset += COPY_BATCH) {
        const rows = await source.getRepository(entity).find({ order: { [orderBy]: 'ASC' }, skip: offset, take: COPY_BATCH });
        if (rows.length === 0) break;
        await target.createQueryBuilder().insert().into(entity).values(rows).execute();
        copied += rows.length;
      }
      if (hasSerialId) {
        await target.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT MAX(id) FROM ${table}), 0) + 1, false)`);
      }
      console.log(`${table}: ${copied} rows`);
    }
    console.log(`copied ${config.databasePath} into ${describeDatabase(config)}`);
  } finally {
    await source.destroy();
    await target.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
