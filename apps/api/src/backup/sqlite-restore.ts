import { constants, copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileTimestamp, syncFile } from './sqlite-backup';
import { errorMessage, isSqliteLockError, SqliteFile } from './sqlite-file';
import { BackupError, inspectTenorDatabase, type TenorDatabaseFacts } from './tenor-database-inspection';

// The files SQLite keeps beside a database; stale ones must not meet the restored file.
const SIDE_FILE_SUFFIXES = ['-wal', '-shm', '-journal'];

/** What to restore where. */
export interface RestoreOptions {
  /** A backup made by `npm run backup` (or any cleanly closed Tenor SQLite file). */
  backup: string;
  /** The database to replace (it may not exist yet). */
  target: string;
  now?: Date;
}

/** A GDPR erasure request as the restore reports it: when, how, under which reference, how many comments. */
export interface RecordedErasure {
  at: string;
  mode: string;
  reference: string | null;
  comments: number;
}

/** A finished restore. */
export interface RestoreResult extends TenorDatabaseFacts {
  /** Where the database that was replaced is kept, or null when there was none. */
  previous: string | null;
  /**
   * Erasure requests the replaced database recorded that the backup does not: the restore brought their comments
   * back, so they must be made again (the record holds no name; the reference finds the ticket).
   */
  erasuresToRepeat: RecordedErasure[];
}

/**
 * Puts a backup in place of the database. The backup is copied to a temporary file in the target's folder and
 * verified there (integrity, a Tenor database, no migration newer than this code); a database in use by a running
 * server is refused; the current database is kept as `<name>.before-restore-<UTC time>` (its WAL merged in first),
 * its stale `-wal`/`-shm` files are removed, and the copy is renamed over it, which replaces it in one step. A backup
 * that fails a check changes nothing.
 */
export async function restoreSqliteDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const { backup, target } = options;
  if (!existsSync(backup)) throw new BackupError(`no backup at ${backup}`);
  if (resolve(backup) === resolve(target))
    throw new BackupError(`${backup} is the database itself; give a backup file`);
  if (existsSync(`${backup}-wal`)) {
    throw new BackupError(
      `${backup} has a -wal file beside it: it is a live database or was not closed cleanly; restore a file made by npm run backup`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  const incoming = join(dirname(target), `.${basename(target)}.${process.pid}.restoring`);
  rmSync(incoming, { force: true });
  try {
    copyFileSync(backup, incoming, constants.COPYFILE_EXCL);
    const facts = await inspectTenorDatabase(incoming, backup);
    if (facts.unknownMigrations.length > 0) {
      throw new BackupError(
        `${backup} was written by a newer Tenor (migrations this code does not know: ${facts.unknownMigrations.join(', ')}); update Tenor first`,
      );
    }
    syncFile(incoming);
    let previous: string | null = null;
    let erasuresToRepeat: RecordedErasure[] = [];
    if (existsSync(target)) {
      const isMerged = await mergeWalWhenUnused(target);
      if (isMerged) erasuresToRepeat = await erasuresMissingFrom(incoming, target);
      previous = `${target}.before-restore-${fileTimestamp(options.now ?? new Date())}`;
      if (existsSync(previous)) throw new BackupError(`${previous} exists already; try again in a second`);
      keepAs(target, previous);
      // A damaged database keeps its side files beside the kept copy: they may hold its last transactions.
      if (!isMerged)
        for (const suffix of SIDE_FILE_SUFFIXES)
          if (existsSync(`${target}${suffix}`)) renameSync(`${target}${suffix}`, `${previous}${suffix}`);
    }
    for (const suffix of SIDE_FILE_SUFFIXES) rmSync(`${target}${suffix}`, { force: true });
    renameSync(incoming, target);
    syncFile(dirname(target));
    return { ...facts, path: target, previous, erasuresToRepeat };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`the restore into ${target} failed: ${errorMessage(error)}`);
  } finally {
    rmSync(incoming, { force: true });
  }
}

/**
 * Refuses a database another connection has open (a running server, a backup): switching to exclusive locking mode
 * and taking the write lock without waiting fails then, even when the server is idle. When unused, its WAL is merged
 * into the file (journal mode DELETE), so that the kept copy is complete; the server switches back to WAL at start.
 * Returns false when the database is too damaged to merge.
 */
export async function mergeWalWhenUnused(path: string): Promise<boolean> {
  const file = await SqliteFile.open(path);
  try {
    await file.exec('PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;');
    await file.exec('PRAGMA journal_mode = DELETE');
    return true;
  } catch (error) {
    if (isSqliteLockError(error))
      throw new BackupError(`${path} is in use (is the Tenor server running?); stop it, then restore`);
    return false;
  } finally {
    await file.close().catch(() => undefined);
  }
}

/** The erasure records of `current` that `backup` lacks, oldest first. */
async function erasuresMissingFrom(backup: string, current: string): Promise<RecordedErasure[]> {
  const [restored, replaced] = await Promise.all([erasureRecords(backup), erasureRecords(current)]);
  const key = (record: RecordedErasure & { authorHash: string }) =>
    `${record.at} ${record.authorHash} ${record.mode}`;
  const known = new Set(restored.map(key));
  return replaced
    .filter((record) => !known.has(key(record)))
    .map(({ authorHash: _hash, ...record }) => record);
}

async function erasureRecords(path: string): Promise<(RecordedErasure & { authorHash: string })[]> {
  const file = await SqliteFile.open(path);
  try {
    const [table] = await file.all(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'privacy_erasures'",
    );
    if (!table) return [];
    return await file.all(
      'SELECT at, mode, reference, comments, author_hash AS "authorHash" FROM privacy_erasures ORDER BY id',
    );
  } finally {
    await file.close();
  }
}

/** Gives the current database a second name (a hard link, or a copy where links are not possible). */
function keepAs(path: string, keptPath: string): void {
  try {
    linkSync(path, keptPath);
  } catch {
    copyFileSync(path, keptPath, constants.COPYFILE_EXCL);
  }
}
