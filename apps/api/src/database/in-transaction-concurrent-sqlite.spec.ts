import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { inTransaction } from './in-transaction';

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** A transaction that writes, waits while others run, then fails (as a decision refused with 409 does). */
function refusedTransaction(dataSource: DataSource, value: string): Promise<unknown> {
  return inTransaction(dataSource, async (manager) => {
    await manager.query('INSERT INTO notes (value) VALUES (?)', [value]);
    await pause(40);
    throw new Error('refused');
  }).catch((error: Error) => error.message);
}

async function storedValues(dataSource: DataSource): Promise<string[]> {
  return ((await dataSource.query('SELECT value FROM notes ORDER BY value')) as { value: string }[]).map(
    (row) => row.value,
  );
}

// Found by `npm run test:load`: TypeORM's SQLite driver has one connection, so concurrent transactions nested as
// savepoints; a rollback took back writes other requests had already acknowledged.
describe('inTransaction on SQLite with concurrent requests', () => {
  let folder: string;
  let dataSource: DataSource;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tenor-transactions-'));
    dataSource = new DataSource({ type: 'sqlite', database: join(folder, 'test.sqlite'), enableWAL: true });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE notes (id INTEGER PRIMARY KEY, value TEXT NOT NULL)');
  });

  afterEach(async () => {
    await dataSource.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps a committed transaction when another one that began first rolls back', async () => {
    const refused = refusedTransaction(dataSource, 'refused');
    await pause(5);
    const committed = await inTransaction(dataSource, async (manager) => {
      await manager.query('INSERT INTO notes (value) VALUES (?)', ['committed']);
      return 'committed';
    });
    expect(committed).toBe('committed');
    expect(await refused).toBe('refused');
    expect(await storedValues(dataSource)).toEqual(['committed']);
  });

  it('keeps a statement made outside any transaction while another transaction was open and then rolled back', async () => {
    const refused = refusedTransaction(dataSource, 'refused');
    await pause(5);
    await dataSource.query('INSERT INTO notes (value) VALUES (?)', ['outside']);
    expect(await refused).toBe('refused');
    expect(await storedValues(dataSource)).toEqual(['outside']);
  });

  it('does not show a read outside the transaction the rows it has not committed', async () => {
    const refused = refusedTransaction(dataSource, 'refused');
    await pause(5);
    expect(await storedValues(dataSource)).toEqual([]);
    await refused;
  });

  it('stores exactly the transactions that succeeded when many run at once, half of them refused', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        inTransaction(dataSource, async (manager) => {
          await manager.query('INSERT INTO notes (value) VALUES (?)', [`n${String(index).padStart(2, '0')}`]);
          await pause(index % 3);
          if (index % 2 === 1) throw new Error('refused');
          await manager.query('INSERT INTO notes (value) VALUES (?)', [
            `n${String(index).padStart(2, '0')}b`,
          ]);
          return 'ok';
        }).catch(() => 'refused'),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(20);
    const expected = Array.from({ length: 20 }, (_, half) => String(half * 2).padStart(2, '0')).flatMap(
      (index) => [`n${index}`, `n${index}b`],
    );
    expect(await storedValues(dataSource)).toEqual(expected);
  });

  it('waits for a transaction TypeORM begins by itself instead of nesting inside it', async () => {
    await inTransaction(dataSource, async (manager) => manager.query('SELECT 1'));
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query('INSERT INTO notes (value) VALUES (?)', ['implicit']);
    const other = inTransaction(dataSource, async (manager) =>
      manager.query('INSERT INTO notes (value) VALUES (?)', ['other']),
    );
    await pause(20);
    await runner.rollbackTransaction();
    await other;
    expect(await storedValues(dataSource)).toEqual(['other']);
  });
});
