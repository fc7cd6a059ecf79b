import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupSqliteDatabase, defaultBackupPath } from '../backup/sqlite-backup';
import { BackupError } from '../backup/tenor-database-inspection';
import { describeDatabase, loadAppConfig } from '../config/app.config';
import { formatDatabaseFacts } from './backup-report';

const USAGE = `usage: npm run backup [-- --out FILE]
Copies the SQLite database (TENOR_DATABASE_PATH, default data/tenor.sqlite) with SQLite's online backup, which is safe
while the server runs and writes, verifies the copy and prints what it holds. The default FILE is
backups/<name>-<UTC time>.sqlite beside the database (data/backups/ by default); an existing FILE is never overwritten.`;

/** `npm run backup`: a verified copy of the live SQLite database. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const config = loadAppConfig();
  if (config.databaseUrl) {
    throw new BackupError(
      `Tenor uses PostgreSQL here (DATABASE_URL=${describeDatabase(config)}), which this tool does not copy: back it up with ` +
        `PostgreSQL's own tools, e.g. pg_dump --format=custom --file tenor.dump "$DATABASE_URL", and restore with pg_restore`,
    );
  }
  const target = values.out ? resolve(values.out) : defaultBackupPath(config.databasePath);
  const result = await backupSqliteDatabase({ source: config.databasePath, target });
  console.log(`backed up ${config.databasePath}`);
  console.log(`into ${result.path}`);
  for (const line of formatDatabaseFacts(result)) console.log(`  ${line}`);
  console.log(
    `  took ${(result.durationMs / 1000).toFixed(1)} s; concurrent writes restarted the copy ${result.restarts} times`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
