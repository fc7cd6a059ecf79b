/** A CSV cell: text, a number, a boolean, or null for an empty cell. */
export type CsvCell = string | number | boolean | null;

/** Line break between CSV records (RFC 4180). */
export const CSV_LINE_BREAK = '\r\n';

// Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"); tab and CR are
// on the list because some spreadsheets drop them and then read the next character.
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made safe to open in a spreadsheet: one starting with = + - @ tab or CR gets a leading `'`. */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}

/** One cell as CSV text: numbers and booleans as written by JavaScript (negative numbers stay numbers), text neutralised and quoted when needed. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`a CSV cell cannot hold ${cell}`);
    return String(cell);
  }
  if (typeof cell === 'boolean') return String(cell);
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: a header record and one record per row, each ended by CRLF; fields holding `"`, `,`, CR or
 * LF are quoted with `""` for a quote. Text cells that a spreadsheet would run as a formula are neutralised
 * (see `neutraliseFormula`). Every row must have as many cells as the header.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new RangeError(`row ${index + 1} has ${row.length} cells, the header ${header.length}`);
    }
  });
  return [header, ...rows].map((record) => record.map(csvCell).join(',') + CSV_LINE_BREAK).join('');
}
