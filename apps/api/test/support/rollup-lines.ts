import type { RollupSnapshot } from '../../src/trends/rollup.service';

/** A rollup snapshot as sorted `table key values` lines, so a failing comparison shows the rows that differ. */
export function rollupLines(snapshot: RollupSnapshot): string[] {
  return [...snapshot]
    .flatMap(([table, rows]) =>
      [...rows].map(([key, values]) => `${table} ${key.replaceAll('\u0000', '|')} ${values.join(',')}`),
    )
    .sort();
}
