import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/** A prepared statement text and the columns its parameters fill, row after row. */
interface InsertStatement {
  sql: string;
  columns: ColumnMetadata[];
}

// Statement texts by data source, table, properties, row count and RETURNING column: a bulk ingest uses a handful.
const statements = new WeakMap<object, Map<string, InsertStatement>>();

/**
 * Inserts rows with one multi-row INSERT that skips a row whose unique key is already stored (ON CONFLICT DO NOTHING,
 * which SQLite and PostgreSQL share), converting each value as TypeORM does (booleans, simple-json, transformers).
 * TypeORM's insert query builder names, collects and re-scans every bound parameter, about 70 µs a row at 32 columns;
 * the bulk ingest writes through this instead. Every row has the properties of the first; keep rows × properties
 * within the driver's parameter limit (999 in older SQLite builds). `returning` names a property whose values are
 * returned for the rows really inserted, on PostgreSQL only (SQLite returns nothing).
 */
export async function insertIgnoringConflicts<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  rows: readonly Partial<Entity>[],
  returning?: keyof Entity & string,
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const { sql, columns } = statementFor(manager, target, Object.keys(rows[0]), rows.length, returning);
  const driver = manager.connection.driver;
  const parameters: unknown[] = [];
  for (const row of rows) {
    for (const column of columns) parameters.push(driver.preparePersistentValue(row[column.propertyName as keyof Partial<Entity>], column));
  }
  const result: unknown = await manager.query(sql, parameters);
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : [];
}

function statementFor<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  properties: string[],
  rowCount: number,
  returning: string | undefined,
): InsertStatement {
  const metadata = manager.connection.getMetadata(target);
  const byKey = statements.get(manager.connection) ?? new Map<string, InsertStatement>();
  statements.set(manager.connection, byKey);
  const key = `${metadata.tablePath}\0${properties.join(',')}\0${rowCount}\0${returning ?? ''}`;
  const known = byKey.get(key);
  if (known) return known;
  const driver = manager.connection.driver;
  const columns = properties.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for property ${property}`);
    return column;
  });
  const tuples: string[] = [];
  for (let row = 0; row < rowCount; row++) {
    tuples.push(`(${columns.map((column, index) => driver.createParameter(column.propertyName, row * columns.length + index)).join(', ')})`);
  }
  const returningColumn = returning === undefined ? undefined : metadata.findColumnWithPropertyName(returning);
  const sql =
    `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) ` +
    `VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING` +
    (returningColumn && manager.connection.options.type === 'postgres' ? ` RETURNING ${driver.escape(returningColumn.databaseName)}` : '');
  const statement = { sql, columns };
  byKey.set(key, statement);
  return statement;
}
