import type { DataSource, EntityManager } from 'typeorm';
import { sqliteConnectionGate } from './sqlite-connection-gate';

// SQLite lets one connection write at a time. A transaction that read first and then wants to write fails at
// once with SQLITE_BUSY when another process holds the write lock (the busy timeout does not apply to that
// upgrade), so the whole transaction is rolled back and run again after a short, growing, jittered pause.
const BUSY_RETRIES = 30;
const BUSY_BASE_DELAY_MS = 10;
const BUSY_MAX_DELAY_MS = 500;

function isSqliteBusy(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? (error as { code?: string }).code;
  return code === 'SQLITE_BUSY' || (error instanceof Error && error.message.includes('SQLITE_BUSY'));
}

/**
 * Runs `work` in a transaction. On SQLite the transaction holds the process's one connection alone until it ends
 * (see SqliteConnectionGate), and it is retried whole when another process holds the write lock.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const gate = sqliteConnectionGate(dataSource);
  for (let attempt = 0; ; attempt++) {
    try {
      return await (gate ? gate.exclusive(() => dataSource.transaction(work)) : dataSource.transaction(work));
    } catch (error) {
      if (attempt >= BUSY_RETRIES || !isSqliteBusy(error)) throw error;
      const ceiling = Math.min(BUSY_MAX_DELAY_MS, BUSY_BASE_DELAY_MS * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + Math.random() * (ceiling / 2)));
    }
  }
}
