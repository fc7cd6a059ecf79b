import fc from 'fast-check';
import {
  adversarialInput,
  checkLinearGrowth,
  csvDocument,
  cutAt,
  describeInput,
  fraction,
  fuzzParameters,
  fuzzTarget,
  mutated,
} from '@tenor/testing/fuzz';
import {
  check,
  checkIngestErrorAtLine,
  checkValidRecords,
  checkWellFormedOutputs,
  lineCountOf,
  outcomeOf,
  valueOrIngestError,
} from '../testing/fuzz-checks';
import { comparable } from '../testing/reader-outputs';
import { createCsvReader, parseCsv } from './csv-reader';
import { IngestError } from './ingest-error';
import type { ReaderOutput } from './record-reader';

const FILE = 'fuzz.csv';
const HEADER = 'externalId,articleExternalId,author,postedAt,body,articleTitle';
const ROW = 'c-1,a-1,Anna,2022-01-27T21:29:00Z,"Sie sagt ""nein"", dann ja",Titel';
const parserRecorder = fuzzTarget('ingest.csv-parser');
const readerRecorder = fuzzTarget('ingest.csv-reader');
const CSV_WORDS = [HEADER, ROW, ',', '"', '""', '\r\n', '\r', '\n', '\uFEFF'];

/** The outputs of a reader fed these chunks, or the header error it threw (the only thing it may throw). */
function readAll(
  chunks: readonly string[],
  maxLineLength?: number,
): { outputs: ReaderOutput[] } | { headerError: IngestError } {
  const reader = createCsvReader(FILE, maxLineLength === undefined ? {} : { maxLineLength });
  const outputs: ReaderOutput[] = [];
  try {
    for (const chunk of chunks) outputs.push(...reader.push(chunk));
    outputs.push(...reader.end());
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { headerError: error };
  }
  return { outputs };
}

function comparableRead(result: ReturnType<typeof readAll>): unknown {
  return 'headerError' in result ? result.headerError.message : result.outputs.map(comparable);
}

const csvText = fc.oneof(
  { weight: 3, arbitrary: mutated(csvDocument()).map((value) => ({ kind: 'csv file', value })) },
  { weight: 1, arbitrary: adversarialInput(CSV_WORDS) },
  {
    weight: 1,
    arbitrary: adversarialInput(CSV_WORDS).map(({ kind, value }) => ({
      kind: `header + ${kind}`,
      value: `${HEADER}\n${value}`,
    })),
  },
);

describe('parseCsv and createCsvReader on hostile input', () => {
  it('parseCsv throws nothing but IngestError with a line of the file, and its records validate', () => {
    fc.assert(
      fc.property(csvText, ({ kind, value }) => {
        const outcome = parserRecorder.time(describeInput(kind, value), () =>
          outcomeOf(() => parseCsv(value, FILE)),
        );
        const batch = valueOrIngestError(outcome, FILE, lineCountOf(value));
        if (batch !== undefined) checkValidRecords(batch);
      }),
      fuzzParameters(2),
    );
  });

  it('the reader gives the same outputs however the input is cut into chunks, each at a line of the file', () => {
    fc.assert(
      fc.property(csvText, fc.array(fraction(), { maxLength: 6 }), ({ kind, value }, cuts) => {
        const chunks = cutAt(value, cuts);
        const result = readerRecorder.time(describeInput(`${kind} in ${chunks.length} chunks`, value), () =>
          readAll(chunks),
        );
        const lineCount = lineCountOf(value);
        if ('headerError' in result) checkIngestErrorAtLine(result.headerError, FILE, lineCount);
        else checkWellFormedOutputs(result.outputs, FILE, lineCount);
        check(
          JSON.stringify(comparableRead(result)) === JSON.stringify(comparableRead(readAll([value]))),
          'chunking changed the outputs',
          chunks,
        );
      }),
      fuzzParameters(),
    );
  });

  it('the reader with a short row limit reports long rows and reads on', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 300 }), ({ kind, value }, maxLineLength) => {
        const result = readerRecorder.time(
          describeInput(`${kind}, rows of at most ${maxLineLength}`, value),
          () => readAll([value], maxLineLength),
        );
        if ('headerError' in result) checkIngestErrorAtLine(result.headerError, FILE, lineCountOf(value));
        else checkWellFormedOutputs(result.outputs, FILE, lineCountOf(value));
      }),
      fuzzParameters(),
    );
  });

  it.each<[string, (size: number) => string]>([
    ['many short rows', (size) => `${HEADER}\n${`${ROW}\n`.repeat(size / (ROW.length + 1))}`],
    [
      'one quoted field of doubled quotes',
      (size) => `${HEADER}\nc,a,A,2022-01-27T21:29:00Z,"${'""'.repeat(size / 2)}",T`,
    ],
    ['one long unquoted cell', (size) => `${HEADER}\nc,a,A,2022-01-27T21:29:00Z,${'x'.repeat(size * 4)},T`],
    ['one row of empty cells', (size) => `${HEADER}\n${','.repeat(size)}`],
    [
      'a quote left open over many lines',
      (size) => `${HEADER}\nc,a,A,2022-01-27T21:29:00Z,"${'text\r\n'.repeat(size / 6)}`,
    ],
    ['blank lines of CR, LF and CRLF', (size) => `${HEADER}${'\r\n\n\r \r'.repeat(size / 6)}`],
    ['many bad rows', (size) => `${HEADER}\n${'c,"a"x,\n'.repeat(size / 36)}`],
    [
      'right-to-left and zero-width cells',
      (size) => `${HEADER}\n${'c,a,שלום,2022-01-27T21:29:00Z,مرحبا\u200b\u200f,T\n'.repeat(size / 45)}`,
    ],
  ])('parses %s in near-linear time', (kind, inputOf) => {
    checkLinearGrowth(parserRecorder, {
      kind,
      inputOf,
      size: 10_000,
      run: (text) => outcomeOf(() => parseCsv(text, FILE)),
    });
  });

  it.each<[string, (size: number) => string]>([
    ['rows in one-character chunks', (size) => `${HEADER}\n${`${ROW}\n`.repeat(size / (ROW.length + 1))}`],
    [
      'a long quoted field in one-character chunks',
      (size) => `${HEADER}\nc,a,A,2022-01-27T21:29:00Z,"${'ab""\r\n'.repeat(size / 6)}",T`,
    ],
  ])('reads %s in near-linear time', (kind, inputOf) => {
    checkLinearGrowth(readerRecorder, {
      kind,
      inputOf,
      size: 10_000,
      run: (text) => readAll(text.split('')),
    });
  });
});
