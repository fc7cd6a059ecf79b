import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreSqliteDatabase } from '../backup/sqlite-restore';
import { BackupError } from '../backup/tenor-database-inspection';
import { describeDatabase, loadAppConfig } from '../config/app.config';
import { formatDatabaseFacts } from './backup-report';

const USAGE = `usage: npm run restore -- BACKUP-FILE
Replaces the SQLite database (TENOR_DATABASE_PATH, default data/tenor.sqlite) by a backup made with npm run backup.
Stop the server first: a database in use is refused. The backup is verified before anything changes; the current
database is kept as <name>.before-restore-<UTC time> beside it.`;

/** `npm run restore`: puts a verified backup in place of the SQLite database, keeping the current one. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw new BackupError(USAGE);
  const config = loadAppConfig();
  if (config.databaseUrl) {
    throw new BackupError(
      `Tenor uses PostgreSQL here (DATABASE_URL=${describeDatabase(config)}), which this tool does not restore: use pg_restore ` +
        `with a dump made by pg_dump (see npm run backup)`,
    );
  }
  const result = await restoreSqliteDatabase({
    backup: resolve(positionals[0]),
    target: config.databasePath,
  });
  console.log(`restored ${resolve(positionals[0])}`);
  console.log(`into ${result.path}`);
  for (const line of formatDatabaseFacts(result)) console.log(`  ${line}`);
  console.log(
    result.previous
      ? `  the database it replaced is kept as ${result.previous}`
      : '  there was no database to replace',
  );
  if (result.erasuresToRepeat.length > 0) {
    console.log(
      `  WARNING: the replaced database recorded ${result.erasuresToRepeat.length} GDPR erasure requests that this backup ` +
        'does not have; their comments are back. Make them again (POST /api/privacy/erasures; the names are in the tickets):',
    );
    for (const erasure of result.erasuresToRepeat) {
      console.log(
        `    ${erasure.at} ${erasure.mode}, ${erasure.comments} comments, reference ${erasure.reference ?? '(none)'}`,
      );
    }
  }
  if (result.pendingMigrations.length > 0) {
    console.log(
      `  the next start runs ${result.pendingMigrations.length} newer migrations on it: ${result.pendingMigrations.join(', ')}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
