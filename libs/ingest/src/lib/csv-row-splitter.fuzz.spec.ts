import fc from 'fast-check';
import {
  adversarialInput,
  checkLinearGrowth,
  csvCell,
  cutAt,
  describeInput,
  fraction,
  fragment,
  fuzzParameters,
  fuzzTarget,
  LINE_BREAKS,
} from '@tenor/testing/fuzz';
import { check, checkIngestErrorAtLine, lineCountOf } from '../testing/fuzz-checks';
import { CsvRowSplitter, type CsvRowOutput } from './csv-row-splitter';

const FILE = 'fuzz.csv';
const recorder = fuzzTarget('ingest.csv-row-splitter');
const ROW_BREAKS = ['\n', '\r\n', '\r'];

function split(chunks: readonly string[], maxRowLength = 1_000_000): CsvRowOutput[] {
  const splitter = new CsvRowSplitter(FILE, maxRowLength);
  const outputs: CsvRowOutput[] = [];
  for (const chunk of chunks) outputs.push(...splitter.push(chunk));
  outputs.push(...splitter.end());
  return outputs;
}

/** Rows of cells in any script, line breaks and quotes included, each row at least one cell. */
const table = fc.array(
  fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fragment()), { minLength: 1, maxLength: 6 }),
  { minLength: 1, maxLength: 8 },
);

/**
 * The table written as RFC 4180: cells quoted when they must be or at random, rows ended by any line break. Cells that
 * would read differently unquoted (a row of one blank cell is skipped, a leading byte order mark dropped) are quoted.
 */
function encode(
  rows: string[][],
  rowBreaks: readonly string[],
  quoting: readonly boolean[],
  hasFinalBreak: boolean,
): string {
  const lines = rows.map((cells, row) =>
    cells
      .map((cell, column) => {
        const isRisky =
          (cells.length === 1 && cell.trim() === '') ||
          (row === 0 && column === 0 && cell.startsWith('\uFEFF'));
        return csvCell(cell, isRisky || quoting[(row * 7 + column) % quoting.length]);
      })
      .join(','),
  );
  return lines
    .map(
      (line, row) =>
        line + (row < lines.length - 1 || hasFinalBreak ? rowBreaks[row % rowBreaks.length] : ''),
    )
    .join('');
}

describe('CsvRowSplitter on hostile input', () => {
  it('reads back any table written as RFC 4180, however it is cut into chunks (line breaks in cells read as LF)', () => {
    fc.assert(
      fc.property(
        table,
        fc.array(fc.constantFrom(...ROW_BREAKS), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }),
        fc.boolean(),
        fc.array(fraction(), { maxLength: 8 }),
        (rows, rowBreaks, quoting, hasFinalBreak, cuts) => {
          const text = encode(rows, rowBreaks, quoting, hasFinalBreak);
          const chunks = cutAt(text, cuts);
          const outputs = recorder.time(
            describeInput(`table of ${rows.length} rows in ${chunks.length} chunks`, text),
            () => split(chunks),
          );
          const cellsRead = outputs.map((output) =>
            'cells' in output ? output.cells : output.error.message,
          );
          expect(cellsRead).toEqual(rows.map((cells) => cells.map((cell) => cell.replace(/\r\n|\r/g, '\n'))));
        },
      ),
      fuzzParameters(2),
    );
  });

  it('never throws; rows start on later and later lines of the text, each error at its row', () => {
    fc.assert(
      fc.property(
        adversarialInput(['"', '""', ',', ...LINE_BREAKS]),
        fc.array(fraction(), { maxLength: 5 }),
        fc.integer({ min: 1, max: 2_000 }),
        ({ kind, value }, cuts, maxRowLength) => {
          const outputs = recorder.time(describeInput(kind, value), () =>
            split(cutAt(value, cuts), maxRowLength),
          );
          const lineCount = lineCountOf(value);
          let previousLine = 0;
          for (const output of outputs) {
            check(
              output.line > previousLine && output.line <= lineCount,
              `row line ${output.line} after ${previousLine}, of ${lineCount}`,
              output,
            );
            previousLine = output.line;
            if ('error' in output) {
              checkIngestErrorAtLine(output.error, FILE, lineCount);
              check(output.error.line === output.line, 'error at another line than its row', output);
            }
          }
        },
      ),
      fuzzParameters(),
    );
  });

  it.each<[string, (size: number) => string]>([
    ['a quoted field of doubled quotes', (size) => `"${'""'.repeat(size / 2)}"`],
    ['rows of many empty cells', (size) => `${','.repeat(99)}\n`.repeat(size / 100)],
    ['a quoted field of line breaks', (size) => `"${'\r\n\r\n'.repeat(size / 4)}"`],
    ['quotes inside unquoted fields', (size) => 'a"b,'.repeat(size / 4)],
    ['one long unquoted field', (size) => 'x'.repeat(size)],
  ])('splits %s in near-linear time', (kind, inputOf) => {
    checkLinearGrowth(recorder, { kind, inputOf, size: 40_000, run: (text) => split([text]) });
  });

  it('splits a quoted field pushed one character at a time in near-linear time', () => {
    checkLinearGrowth(recorder, {
      kind: 'a quoted field in one-character chunks',
      inputOf: (size) => `"${'ab""\r\n'.repeat(size / 6)}"`,
      size: 20_000,
      run: (text) => split(text.split('')),
    });
  });
});
