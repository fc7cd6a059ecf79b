import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A PostgreSQL server URL for the end-to-end suite (`npm run test:pg` sets it); without it every suite runs on a
 * SQLite file. The URL's user must be allowed to create databases.
 */
export const TEST_POSTGRES_URL = process.env.TENOR_TEST_DATABASE_URL;

/** Whether this run is against PostgreSQL. */
export const isPostgresRun = Boolean(TEST_POSTGRES_URL);

/** Where a test app's data lives: a SQLite file in the folder, or a PostgreSQL database named after the folder. */
export interface TestDatabase {
  databasePath: string;
  databaseUrl?: string;
  /** Deletes the PostgreSQL database (the folder, with a SQLite file, is the caller's). */
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The database of a test folder; on PostgreSQL created when missing, so that a restart finds the same data. */
export async function testDatabase(folder: string): Promise<TestDatabase> {
  const databasePath = join(folder, 'tenor.sqlite');
  if (!TEST_POSTGRES_URL) return { databasePath, drop: async () => undefined };
  const name = `tenor_e2e_${createHash('sha1').update(folder).digest('hex').slice(0, 16)}`;
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  try {
    await adminQuery(`CREATE DATABASE ${name}`);
  } catch (error) {
    if (!(error instanceof Error && /already exists/.test(error.message))) throw error;
  }
  return { databasePath, databaseUrl: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
