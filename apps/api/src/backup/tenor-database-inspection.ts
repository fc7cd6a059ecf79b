import { existsSync, statSync } from 'node:fs';
import { MIGRATIONS } from '../migrations';
import { errorMessage, SqliteFile } from './sqlite-file';

/** A backup or restore that cannot go ahead; its message says why and what to do, and nothing was changed. */
export class BackupError extends Error {}

/** What a verified Tenor SQLite file holds. */
export interface TenorDatabaseFacts {
  path: string;
  sizeBytes: number;
  /** The migrations it has run, oldest first. */
  migrations: string[];
  /** Migrations it has run that this code does not know: it was written by a newer Tenor. */
  unknownMigrations: string[];
  /** Migrations of this code it has not run yet: the server runs them at its next start. */
  pendingMigrations: string[];
  counts: { articles: number; comments: number; decisions: number };
}

/** The migration names this code knows, oldest first. */
export const KNOWN_MIGRATIONS: readonly string[] = MIGRATIONS.map(
  (Migration) => new Migration().name ?? Migration.name,
);

const TENOR_TABLES = ['migrations', 'articles', 'comments', 'moderation_events'];

/**
 * Checks that a file is a sound Tenor database: SQLite's integrity check (and the search index's own check where it
 * exists), Tenor's tables, and the migrations it has run; then counts what it holds. Throws BackupError otherwise,
 * naming the file `shownAs` (the backup a temporary copy was made from).
 */
export async function inspectTenorDatabase(path: string, shownAs = path): Promise<TenorDatabaseFacts> {
  if (!existsSync(path)) throw new BackupError(`${shownAs} does not exist`);
  let file: SqliteFile;
  try {
    file = await SqliteFile.open(path);
  } catch (error) {
    throw new BackupError(`${shownAs} cannot be opened: ${errorMessage(error)}`);
  }
  try {
    let problems: string[];
    try {
      const rows = await file.all<{ integrity_check: string }>('PRAGMA integrity_check');
      problems = rows.map((row) => row.integrity_check).filter((result) => result !== 'ok');
    } catch (error) {
      throw new BackupError(`${shownAs} is not a readable SQLite database: ${errorMessage(error)}`);
    }
    if (problems.length > 0)
      throw new BackupError(`${shownAs} failed SQLite's integrity check: ${problems.slice(0, 5).join('; ')}`);
    const tables = new Set(
      (await file.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map(
        (row) => row.name,
      ),
    );
    const missing = TENOR_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0)
      throw new BackupError(`${shownAs} is not a Tenor database: it has no ${missing.join(', ')} table`);
    if (tables.has('comments_fts')) {
      try {
        await file.exec("INSERT INTO comments_fts(comments_fts) VALUES ('integrity-check')");
      } catch (error) {
        throw new BackupError(`${shownAs} failed the search index's integrity check: ${errorMessage(error)}`);
      }
    }
    const migrations = (await file.all<{ name: string }>('SELECT name FROM migrations ORDER BY id')).map(
      (row) => row.name,
    );
    if (migrations[0] !== KNOWN_MIGRATIONS[0]) {
      throw new BackupError(
        `${shownAs} is not a Tenor database: its first migration is ${migrations[0] ?? 'missing'}, not ${KNOWN_MIGRATIONS[0]}`,
      );
    }
    const count = async (table: string) =>
      Number((await file.all<{ count: number }>(`SELECT COUNT(*) AS count FROM ${table}`))[0].count);
    return {
      path,
      sizeBytes: statSync(path).size,
      migrations,
      unknownMigrations: migrations.filter((name) => !KNOWN_MIGRATIONS.includes(name)),
      pendingMigrations: KNOWN_MIGRATIONS.filter((name) => !migrations.includes(name)),
      counts: {
        articles: await count('articles'),
        comments: await count('comments'),
        decisions: await count('moderation_events'),
      },
    };
  } finally {
    await file.close();
  }
}
