import {
  chunkSizesThatDiffer,
  describeOutput,
  readChunks,
  splitPairsThatDiffer,
  splitsThatDiffer,
  type ComparableOutput,
} from '../testing/reader-outputs';
import { createCsvReader } from './csv-reader';
import { MAX_LINE_LENGTH } from './record-reader';

const HEADER = 'externalId,articleExternalId,author,postedAt,body,articleTitle';
// Every construct a chunk boundary could cut: a byte order mark, CRLF, doubled quotes, line breaks inside
// quotes (CRLF and LF), a blank line, bad rows, a row over the limit, and a last row without a line break.
const SAMPLE = [
  `\uFEFF${HEADER}`,
  'c-1,a-1,Anna,2022-01-27T21:29:00Z,"Sie sagt ""nein"",\r\ndann ""ja""",Titel',
  '',
  'c-2,a-1,Ben,2022-01-27T22:00:00+01:00,"eins\nzwei",',
  'c-3,a-1,Cem',
  `c-4,a-1,Dora,2022-01-27T21:29:00Z,"${'lang '.repeat(20)}",`,
  'c-5,a-1,"Emil"x,2022-01-27T21:29:00Z,Text,',
  'c-6,a-2,Fritz,2022-01-27T21:29:00Z,Ende,Zweiter Titel',
].join('\r\n');
const SAMPLE_LIMIT = 80;

function readSample(chunks: Iterable<string>): ComparableOutput[] {
  return readChunks(createCsvReader('stream.csv', { maxLineLength: SAMPLE_LIMIT }), chunks);
}

describe('createCsvReader chunking', () => {
  const whole = readSample([SAMPLE]);

  it('reads the sample in one push: records, and errors that do not stop the reading', () => {
    expect(whole.map(describeOutput)).toEqual([
      '2 article',
      '2 comment',
      '5 comment',
      '7 stream.csv:7: row has 3 cells, the header has 6 columns',
      '8 stream.csv:8: row is longer than 80 characters',
      '9 stream.csv:9: unexpected "x" after the closing quote of field 3',
      '10 article',
      '10 comment',
    ]);
    const comments = whole.flatMap((output) =>
      'kind' in output && output.kind === 'comment' ? [output.comment] : [],
    );
    expect(comments.map((comment) => comment.body)).toEqual([
      'Sie sagt "nein",\ndann "ja"',
      'eins\nzwei',
      'Ende',
    ]);
  });

  it('gives the same outputs for every split point into two chunks', () => {
    expect(splitsThatDiffer(SAMPLE, readSample)).toEqual([]);
  });

  it('gives the same outputs for chunks of every size from 1 to 16 characters, empty chunks included', () => {
    expect(chunkSizesThatDiffer(SAMPLE, readSample)).toEqual([]);
  });

  it('gives the same outputs for every pair of split points of a short input with quotes and line ends', () => {
    const short =
      '\uFEFFexternalId,articleExternalId,author,postedAt,body\r\n\r"c""1",a,"B\r\nC",2022-01-01T00:00Z,"""x""\r\n"\n\r\n,a';
    expect(readSample([short]).map(describeOutput)).toEqual([
      '3 comment',
      '7 stream.csv:7: row has 2 cells, the header has 5 columns',
    ]);
    expect(splitPairsThatDiffer(short, readSample)).toEqual([]);
  });

  it('returns each output from the push that completes it', () => {
    const reader = createCsvReader('stream.csv');
    expect(reader.push(`${HEADER}\nc-1,a-1,Anna,2022-01-27T21:29:00Z,"offen\n`)).toEqual([]);
    const completed = reader.push('zu",\nc-2,a-1,Ben,2022-01-27T21:29:00Z,zwei,');
    expect(completed.map((output) => output.line)).toEqual([2]);
    expect(reader.end().map((output) => output.line)).toEqual([4]);
  });

  it('refuses pushing after the end', () => {
    const reader = createCsvReader('stream.csv');
    reader.push(HEADER);
    reader.end();
    expect(() => reader.push('c-1')).toThrow('push after end');
  });
});

describe('createCsvReader row length guard', () => {
  const goodRow = 'c-2,a-1,Ben,2022-01-27T21:29:00Z,Danach,';

  it(`reports a row over MAX_LINE_LENGTH (${MAX_LINE_LENGTH}) as soon as it is over, then goes on after its end`, () => {
    const reader = createCsvReader('big.csv');
    expect(reader.push(`${HEADER}\nc-1,a-1,Anna,2022-01-27T21:29:00Z,"`)).toEqual([]);
    const longBody = 'x'.repeat(MAX_LINE_LENGTH);
    const early = reader.push(
      `${longBody.slice(0, MAX_LINE_LENGTH / 2)}\n${longBody.slice(MAX_LINE_LENGTH / 2)}`,
    );
    expect(early.map((output) => ('error' in output ? output.error.message : 'record'))).toEqual([
      'big.csv:2: row is longer than 1000000 characters (is a quote left open?)',
    ]);
    expect(reader.push(`x",\n${goodRow}\n`).map((output) => output.line)).toEqual([4]);
    expect(reader.end()).toEqual([]);
  });

  it('accepts a row of exactly the limit', () => {
    const prefix = 'c-1,a-1,Anna,2022-01-27T21:29:00Z,';
    const row = `${prefix}${'x'.repeat(SAMPLE_LIMIT - prefix.length - 1)},`;
    expect(row).toHaveLength(SAMPLE_LIMIT);
    const outputs = readChunks(createCsvReader('c.csv', { maxLineLength: SAMPLE_LIMIT }), [
      `${HEADER}\n${row}\n${row}x`,
    ]);
    expect(outputs.map(describeOutput)).toEqual(['2 comment', '3 c.csv:3: row is longer than 80 characters']);
  });

  it('treats an over-long header as fatal', () => {
    const reader = createCsvReader('c.csv', { maxLineLength: 10 });
    expect(() => reader.push(HEADER)).toThrow('c.csv:1: row is longer than 10 characters');
  });

  it('refuses a limit that could never hold a row', () => {
    expect(() => createCsvReader('c.csv', { maxLineLength: 0 })).toThrow(RangeError);
  });
});
