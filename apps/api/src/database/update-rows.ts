import type { EntityManager } from 'typeorm';
import { SqlParameters } from './sql-parameters';

/** A column a bulk update sets, with its PostgreSQL type (bound values in VALUES need one there). */
export interface UpdateColumn {
  name: string;
  pgType: 'integer' | 'boolean' | 'text' | 'varchar' | 'double precision';
}

// Bound parameters per statement, under SQLite's historical limit of 999.
const MAX_PARAMETERS = 900;

/**
 * Sets columns of many rows, each to its own values, in a few statements: `WITH v(id, …) AS (VALUES …) UPDATE
 * table SET … FROM v WHERE table.id = v.id`, which SQLite (3.33 and later) and PostgreSQL both run. One statement
 * per row through the ORM cost about 20 times as much. `rows` hold the id first, then the values in column order;
 * booleans are bound as 1/0 on SQLite, where they are stored so.
 */
export async function updateRows(manager: EntityManager, table: string, columns: readonly UpdateColumn[], rows: readonly unknown[][]): Promise<void> {
  const isPostgres = manager.connection.options.type === 'postgres';
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / (columns.length + 1)));
  const names = ['id', ...columns.map((column) => column.name)];
  const types: UpdateColumn['pgType'][] = ['integer', ...columns.map((column) => column.pgType)];
  const assignments = columns.map((column) => `${column.name} = v.${column.name}`).join(', ');
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const parameters = new SqlParameters(manager);
    const tuples = rows.slice(start, start + rowsPerStatement).map((row) => {
      const placeholders = row.map((value, index) => {
        const bound = !isPostgres && typeof value === 'boolean' ? Number(value) : value;
        const placeholder = parameters.add(bound);
        return isPostgres ? `${placeholder}::${types[index]}` : placeholder;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(
      `WITH v(${names.join(', ')}) AS (VALUES ${tuples.join(', ')}) UPDATE ${table} SET ${assignments} FROM v WHERE ${table}.id = v.id`,
      parameters.values,
    );
  }
}
