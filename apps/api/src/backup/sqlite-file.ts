import sqlite3 from 'sqlite3';

/** How a SQLite file is opened: an existing one only, or created when missing. */
export type SqliteOpenMode = 'existing' | 'create';

/** The online backup of node-sqlite3 (`Database#backup`), which its type definitions leave out. */
export interface SqliteOnlineBackup {
  /** Pages left to copy after the last step. */
  readonly remaining: number;
  /** The source's size in pages at the last step. */
  readonly pageCount: number;
  /** Copies up to `pages` pages (−1: all that are left); the callback says whether the copy is complete. */
  step(pages: number, callback: (error: Error | null, isDone?: boolean) => void): void;
  /** Ends the backup and closes the destination file. */
  finish(callback: () => void): void;
}

type BackupCapableDatabase = sqlite3.Database & {
  backup(filename: string, callback: (error: Error | null) => void): SqliteOnlineBackup;
};

/** One connection to a SQLite file, with promise-returning statements, for the backup and restore tools. */
export class SqliteFile {
  private constructor(
    readonly path: string,
    private readonly database: sqlite3.Database,
  ) {}

  /** Opens a connection; `existing` fails when the file is missing instead of creating it. */
  static open(path: string, mode: SqliteOpenMode = 'existing'): Promise<SqliteFile> {
    const flags = mode === 'create' ? sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE : sqlite3.OPEN_READWRITE;
    return new Promise((resolve, reject) => {
      const database = new sqlite3.Database(path, flags, (error) =>
        error ? reject(error) : resolve(new SqliteFile(path, database)),
      );
    });
  }

  /** Every row of a query. */
  all<Row = Record<string, unknown>>(sql: string): Promise<Row[]> {
    return new Promise((resolve, reject) =>
      this.database.all(sql, (error: Error | null, rows: Row[]) => (error ? reject(error) : resolve(rows))),
    );
  }

  /** Runs statements that return nothing. */
  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.database.exec(sql, (error) => (error ? reject(error) : resolve())),
    );
  }

  /** Starts an online backup of this database (`main`) into a new file. */
  startBackup(targetPath: string): Promise<SqliteOnlineBackup> {
    return new Promise((resolve, reject) => {
      const backup = (this.database as BackupCapableDatabase).backup(targetPath, (error) =>
        error ? reject(error) : resolve(backup),
      );
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.database.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

/** Whether an error is SQLite's "another connection holds the lock" (SQLITE_BUSY or SQLITE_LOCKED). */
export function isSqliteLockError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** An error's message; also for errors from the native binding, which are not `instanceof Error` in every realm (Jest). */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
