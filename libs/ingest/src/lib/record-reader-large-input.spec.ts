import { chunksOf } from '../testing/reader-outputs';
import { createCsvReader } from './csv-reader';
import { createNdjsonReader } from './ndjson-reader';
import type { ReaderOutput, RecordReader } from './record-reader';

// The chunk size Node's file streams use; the readers never see more than this at once.
const CHUNK_SIZE = 64 * 1024;

interface Tally {
  comments: number;
  errors: number;
  lastLine: number;
}

/** Feeds the chunks and counts outputs without keeping them, as the API does with a large upload. */
function tally(reader: RecordReader, chunks: Iterable<string>): Tally {
  const result: Tally = { comments: 0, errors: 0, lastLine: 0 };
  const count = (outputs: ReaderOutput[]) => {
    for (const output of outputs) {
      if ('error' in output) result.errors++;
      else if (output.kind === 'comment') result.comments++;
      result.lastLine = output.line;
    }
  };
  for (const chunk of chunks) count(reader.push(chunk));
  count(reader.end());
  return result;
}

describe('streaming readers on large input', () => {
  it('reads 200 000 NDJSON lines pushed in 64 KB chunks', () => {
    const lineCount = 200_000;
    const lines: string[] = [];
    for (let index = 1; index <= lineCount; index++) {
      lines.push(
        `{"kind":"comment","externalId":"c-${index}","articleExternalId":"a-${index % 50}","author":"Leser ${index % 997}",` +
          `"postedAt":"2022-01-27T21:29:00Z","body":"Kommentar Nummer ${index}, mit etwas Text dazu."}`,
      );
    }
    const text = lines.join('\n') + '\n';
    expect(tally(createNdjsonReader('big.ndjson'), chunksOf(text, CHUNK_SIZE))).toEqual({
      comments: lineCount,
      errors: 0,
      lastLine: lineCount,
    });
  });

  it('reads 100 000 CSV rows with multi-line quoted bodies pushed in 64 KB chunks', () => {
    const rowCount = 100_000;
    const rows = ['externalId,articleExternalId,author,postedAt,body'];
    for (let index = 1; index <= rowCount; index++) {
      rows.push(
        `c-${index},a-${index % 50},Leser ${index % 997},2022-01-27T21:29:00Z,"Zeile eins, ""zitiert""\r\nZeile zwei"`,
      );
    }
    const text = rows.join('\r\n');
    expect(tally(createCsvReader('big.csv'), chunksOf(text, CHUNK_SIZE))).toEqual({
      comments: rowCount,
      errors: 0,
      lastLine: 2 * rowCount,
    });
  });

  it.each([
    [
      'NDJSON',
      () => createNdjsonReader('long.ndjson'),
      (body: string) => `{"kind":"comment","body":"${body}"}`,
    ],
    [
      'CSV',
      () => createCsvReader('long.csv'),
      (body: string) => `externalId,articleExternalId,author,postedAt,body\nc,a,A,x,"${body}"`,
    ],
  ])(
    'reads one %s record of 300 000 characters pushed one character at a time',
    (_format, create, recordWith) => {
      const text = recordWith('x'.repeat(300_000));
      const result = tally(create(), chunksOf(text, 1));
      // The records are incomplete on purpose: one validation error shows the whole text reached the parser.
      expect(result).toEqual({ comments: 0, errors: 1, lastLine: text.startsWith('{') ? 1 : 2 });
    },
  );
});
