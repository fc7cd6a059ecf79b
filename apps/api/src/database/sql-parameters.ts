import type { EntityManager } from 'typeorm';

/** Collects the bound values of a raw SQL statement and writes their placeholders: `?` for SQLite, `$n` for PostgreSQL. */
export class SqlParameters {
  readonly values: unknown[] = [];
  private readonly isPostgres: boolean;

  constructor(manager: EntityManager) {
    this.isPostgres = manager.connection.options.type === 'postgres';
  }

  /** Binds one value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return this.isPostgres ? `$${this.values.length}` : '?';
  }

  /** Binds values and returns their placeholders separated by commas, for `IN (…)` and `VALUES (…)`. */
  list(values: readonly unknown[]): string {
    return values.map((value) => this.add(value)).join(', ');
  }
}
