import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

/** The holder of a transaction TypeORM opened by itself (`repository.save` outside inTransaction). */
const IMPLICIT_TRANSACTION = Symbol('implicit transaction');

/** A request waiting for the connection. */
interface Waiter {
  isExclusive: boolean;
  grant: () => void;
}

/**
 * TypeORM's SQLite driver has one connection and one query runner for the whole process, so a transaction is state
 * of that connection, not of the request that began it: a second request's transaction became a SAVEPOINT inside
 * the first one, the first commit released the second's savepoint, a rollback (a 409 on a contested decision) took
 * back writes another request had already acknowledged, and statements of unrelated requests ran inside whichever
 * transaction was open. In a 10 s run of the load test (`npm run test:load`) 226 acknowledged comments and every
 * audit event of five acknowledged bulk decisions were lost that way, next to 500s ("cannot start a transaction
 * within a transaction", "no such savepoint").
 *
 * The gate makes the connection a readers-writer lock in first-come order: a transaction holds it alone from BEGIN
 * to COMMIT or ROLLBACK, and statements from outside that transaction wait for it; statements outside transactions
 * share it with each other. The statements of the holding transaction are recognised by an async-local token, so
 * everything the transaction awaits, at any depth, passes.
 */
export class SqliteConnectionGate {
  private readonly owner = new AsyncLocalStorage<symbol>();
  private holder: symbol | null = null;
  private isExclusiveHeld = false;
  private sharedHolders = 0;
  private readonly waiting: Waiter[] = [];

  /** Whether the caller runs inside the transaction that holds the connection (or TypeORM's own, which all share). */
  private isInsideHolder(): boolean {
    return (
      this.holder !== null && (this.holder === IMPLICIT_TRANSACTION || this.owner.getStore() === this.holder)
    );
  }

  /** Runs `work` (one transaction) holding the connection alone; re-entrant for nested transactions. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.holder !== null && this.owner.getStore() === this.holder) return work();
    await this.acquire(true);
    const token = Symbol('transaction');
    this.holder = token;
    try {
      return await this.owner.run(token, work);
    } finally {
      this.holder = null;
      this.release(true);
    }
  }

  /** Runs one statement outside the holding transaction: alongside other such statements, never inside a transaction. */
  async shared<T>(statement: () => Promise<T>): Promise<T> {
    if (this.isInsideHolder()) return statement();
    await this.acquire(false);
    try {
      return await statement();
    } finally {
      this.release(false);
    }
  }

  /**
   * Routes a query runner's statements and transactions through the gate. A transaction TypeORM begins by itself
   * (`save` outside inTransaction) takes the connection alone like any other; inside it, every statement passes, as
   * before the gate, since its statements cannot be told apart from others.
   */
  guard(runner: QueryRunner): void {
    const query = runner.query.bind(runner);
    const startTransaction = runner.startTransaction.bind(runner);
    const commitTransaction = runner.commitTransaction.bind(runner);
    const rollbackTransaction = runner.rollbackTransaction.bind(runner);
    runner.query = ((...args: Parameters<QueryRunner['query']>) =>
      this.shared(() => query(...args))) as QueryRunner['query'];
    runner.startTransaction = async (isolationLevel) => {
      if (this.isInsideHolder()) return startTransaction(isolationLevel);
      await this.acquire(true);
      this.holder = IMPLICIT_TRANSACTION;
      try {
        await startTransaction(isolationLevel);
      } catch (error) {
        this.endImplicitTransaction(runner);
        throw error;
      }
    };
    runner.commitTransaction = async () => {
      try {
        await commitTransaction();
      } finally {
        this.endImplicitTransaction(runner);
      }
    };
    runner.rollbackTransaction = async () => {
      try {
        await rollbackTransaction();
      } finally {
        this.endImplicitTransaction(runner);
      }
    };
  }

  private endImplicitTransaction(runner: QueryRunner): void {
    if (this.holder !== IMPLICIT_TRANSACTION || runner.isTransactionActive) return;
    this.holder = null;
    this.release(true);
  }

  private acquire(isExclusive: boolean): Promise<void> {
    if (this.waiting.length === 0 && this.isFree(isExclusive)) {
      this.take(isExclusive);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push({ isExclusive, grant: resolve }));
  }

  private isFree(isExclusive: boolean): boolean {
    return !this.isExclusiveHeld && (!isExclusive || this.sharedHolders === 0);
  }

  private take(isExclusive: boolean): void {
    if (isExclusive) this.isExclusiveHeld = true;
    else this.sharedHolders++;
  }

  private release(isExclusive: boolean): void {
    if (isExclusive) this.isExclusiveHeld = false;
    else this.sharedHolders--;
    // First come, first served: a waiting transaction is not overtaken by statements that came after it.
    while (this.waiting.length > 0 && this.isFree(this.waiting[0].isExclusive)) {
      const next = this.waiting.shift() as Waiter;
      this.take(next.isExclusive);
      next.grant();
    }
  }
}

const gates = new WeakMap<DataSource, SqliteConnectionGate>();
const guardedRunners = new WeakSet<QueryRunner>();

/**
 * The gate of a SQLite data source, installed on its one query runner the first time it is asked for (inTransaction
 * asks before every transaction; the app's first one runs at start, before any request); undefined for PostgreSQL,
 * whose transactions each have a pooled connection of their own.
 */
export function sqliteConnectionGate(dataSource: DataSource): SqliteConnectionGate | undefined {
  if (dataSource.options.type !== 'sqlite') return undefined;
  let gate = gates.get(dataSource);
  if (!gate) gates.set(dataSource, (gate = new SqliteConnectionGate()));
  // The SQLite driver hands out this same runner to every caller, the data source's manager included (a new one only
  // after the data source was destroyed and initialized again).
  const runner = dataSource.driver.createQueryRunner('master');
  if (!guardedRunners.has(runner)) {
    gate.guard(runner);
    guardedRunners.add(runner);
  }
  return gate;
}
