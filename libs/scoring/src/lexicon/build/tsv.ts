/** One data row of a hand-written TSV file, with its 1-based line number for error messages. */
export interface TsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Parses a Tenor data file: tab-separated columns, `#` comment lines and blank lines ignored. */
export function parseTsv(source: string, fileName: string, minimumColumns: number): TsvRow[] {
  const rows: TsvRow[] = [];
  const lines = source.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index];
    if (text.trim() === '' || text.startsWith('#')) continue;
    const fields = text.split('\t').map((field) => field.trim());
    if (fields.length < minimumColumns || fields.slice(0, minimumColumns).some((field) => field === '')) {
      throw new Error(
        `${fileName}:${index + 1}: expected at least ${minimumColumns} tab-separated columns: "${text}"`,
      );
    }
    rows.push({ line: index + 1, fields });
  }
  return rows;
}

/** Parses a number column, failing with the file position when it is not one. */
export function parseNumberField(
  value: string,
  fileName: string,
  line: number,
  min: number,
  max: number,
): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new Error(`${fileName}:${line}: "${value}" is not a number in ${min}..${max}`);
  }
  return parsed;
}
