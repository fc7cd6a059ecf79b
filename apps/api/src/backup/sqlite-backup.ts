import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { errorMessage, isSqliteLockError, type SqliteOnlineBackup, SqliteFile } from './sqlite-file';
import { BackupError, inspectTenorDatabase, type TenorDatabaseFacts } from './tenor-database-inspection';

// Pages copied per step: 1,024 pages of 4 KiB, 4 MiB, a few milliseconds of reading between chances for the event loop.
const DEFAULT_PAGES_PER_STEP = 1024;
// SQLite restarts a stepped backup whenever another connection writes to the source. After this many restarts the
// rest is copied in one step: one read transaction, which in WAL mode does not hold up the server's writers.
const DEFAULT_MAX_RESTARTS = 3;
// A step that meets a lock (SQLITE_BUSY, e.g. a checkpoint) is tried again after a pause, this often (10 s in all).
const LOCK_RETRIES = 200;
const LOCK_RETRY_PAUSE_MS = 50;

/** How to back up. */
export interface BackupOptions {
  /** The live SQLite database. */
  source: string;
  /** The backup file to create; it must not exist. */
  target: string;
  /** Pages per step (default 1,024). */
  pagesPerStep?: number;
  /** Pause between steps in milliseconds (default 0: just yield to the event loop). */
  pauseMs?: number;
  /** Restarts caused by concurrent writes before the rest is copied in one step (default 3). */
  maxRestarts?: number;
}

/** A finished, verified backup. */
export interface BackupResult extends TenorDatabaseFacts {
  /** How often concurrent writes made SQLite start the copy over. */
  restarts: number;
  durationMs: number;
}

/** The default backup file of a database: `backups/<name>-<UTC time>.sqlite` beside it (data/backups/ by default). */
export function defaultBackupPath(databasePath: string, now: Date = new Date()): string {
  const name = basename(databasePath, extname(databasePath));
  return join(dirname(databasePath), 'backups', `${name}-${fileTimestamp(now)}.sqlite`);
}

/** A UTC instant for file names: 20240501T101500Z. */
export function fileTimestamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Copies a SQLite database with SQLite's online backup API while the server may go on reading and writing, into a
 * temporary file beside the target; switches the copy to a rollback journal so that it is one self-contained file,
 * verifies it (integrity check, Tenor's tables and migrations) and only then gives it the target's name. The copy is
 * the database as one transaction left it: every write committed before the backup started, and none half.
 */
export async function backupSqliteDatabase(options: BackupOptions): Promise<BackupResult> {
  const { source, target } = options;
  if (!existsSync(source)) throw new BackupError(`no database at ${source} (TENOR_DATABASE_PATH)`);
  if (existsSync(target)) throw new BackupError(`${target} exists already; choose another file with --out`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  rmSync(partial, { force: true });
  const started = Date.now();
  try {
    const restarts = await copyOnline(source, partial, options);
    const copy = await SqliteFile.open(partial);
    try {
      await copy.exec('PRAGMA journal_mode = DELETE');
    } finally {
      await copy.close();
    }
    const facts = await inspectTenorDatabase(partial, `the copy of ${source}`);
    syncFile(partial);
    giveName(partial, target);
    return { ...facts, path: target, restarts, durationMs: Date.now() - started };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`the backup of ${source} failed: ${errorMessage(error)}`);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Gives the finished copy the target's name without ever replacing a file that appeared there meanwhile. */
function giveName(partial: string, target: string): void {
  const exists = () => new BackupError(`${target} exists already; choose another file with --out`);
  try {
    // Unlike a rename, a hard link fails when the name is taken.
    linkSync(partial, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
    // A file system without hard links: rename after a last look.
    if (existsSync(target)) throw exists();
    renameSync(partial, target);
  }
}

/** Steps the online backup to the end; returns how often SQLite restarted it. */
async function copyOnline(source: string, target: string, options: BackupOptions): Promise<number> {
  const pagesPerStep = options.pagesPerStep ?? DEFAULT_PAGES_PER_STEP;
  const maxRestarts = options.maxRestarts ?? DEFAULT_MAX_RESTARTS;
  const database = await SqliteFile.open(source);
  let backup: SqliteOnlineBackup | undefined;
  try {
    backup = await database.startBackup(target);
    let restarts = 0;
    let lastRemaining = Number.POSITIVE_INFINITY;
    for (;;) {
      const isDone = await step(backup, restarts >= maxRestarts ? -1 : pagesPerStep);
      if (isDone) return restarts;
      // The pages left only grow when SQLite started over after another connection wrote to the source.
      if (backup.remaining > lastRemaining) restarts++;
      lastRemaining = backup.remaining;
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 0));
    }
  } finally {
    if (backup) await new Promise<void>((resolve) => (backup as SqliteOnlineBackup).finish(resolve));
    await database.close();
  }
}

/** One backup step; a lock held by another connection is waited out. */
async function step(backup: SqliteOnlineBackup, pages: number): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await new Promise<boolean>((resolve, reject) =>
        backup.step(pages, (error, isDone) => (error ? reject(error) : resolve(Boolean(isDone)))),
      );
    } catch (error) {
      if (!isSqliteLockError(error) || attempt >= LOCK_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_PAUSE_MS));
    }
  }
}

/** Flushes a file (or a folder's entries) to disk. */
export function syncFile(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
