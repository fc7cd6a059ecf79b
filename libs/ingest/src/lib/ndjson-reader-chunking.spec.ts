import {
  chunkSizesThatDiffer,
  chunksOf,
  describeOutput,
  readChunks,
  splitPairsThatDiffer,
  splitsThatDiffer,
  type ComparableOutput,
} from '../testing/reader-outputs';
import { parseNdjson } from './ndjson-parser';
import { createNdjsonReader } from './ndjson-reader';
import { MAX_LINE_LENGTH } from './record-reader';

const ARTICLE_LINE = '{"kind":"article","externalId":"a-1","title":"Nato berät"}';
const commentLine = (externalId: string, body = 'Text') =>
  JSON.stringify({
    kind: 'comment',
    externalId,
    articleExternalId: 'a-1',
    author: 'Anna',
    postedAt: '2022-01-27T22:29:00+01:00',
    body,
  });
// A byte order mark, CRLF, CR and LF line ends, blank lines, bad lines between good ones, a line over the
// limit, and a last line without a line break.
const SAMPLE =
  `\uFEFF${ARTICLE_LINE}\r\n${commentLine('c-1', 'mit \n im Text')}\n\n  \r` +
  `{"kind":"comment",\r\n[1]\n${commentLine('c-2')}\r` +
  `${commentLine('c-3', 'x'.repeat(200))}\n{"kind":"user"}\r\n${commentLine('c-4')}`;
const SAMPLE_LIMIT = 200;

function readSample(chunks: Iterable<string>): ComparableOutput[] {
  return readChunks(createNdjsonReader('feed.ndjson', { maxLineLength: SAMPLE_LIMIT }), chunks);
}

describe('createNdjsonReader chunking', () => {
  const whole = readSample([SAMPLE]);

  it('reads the sample in one push: records, and errors that do not stop the reading', () => {
    expect(whole.map(describeOutput)).toEqual([
      '1 article',
      '2 comment',
      '5 feed.ndjson:5: invalid JSON at column 19: expected a double-quoted property name',
      '6 feed.ndjson:6: expected a JSON object per line',
      '7 comment',
      '8 feed.ndjson:8: line is longer than 200 characters',
      '9 feed.ndjson:9: kind must be "article" or "comment", got "user"',
      '10 comment',
    ]);
  });

  it('agrees with parseNdjson on the valid lines', () => {
    const validLines = SAMPLE.split(/\r\n|\r|\n/).filter((_line, index) => [0, 1, 6, 9].includes(index));
    const batch = parseNdjson(validLines.join('\n'), 'feed.ndjson');
    const records = whole.flatMap((output) =>
      'kind' in output ? [output.kind === 'article' ? output.article : output.comment] : [],
    );
    expect(records).toEqual([...batch.articles, ...batch.comments]);
    expect(batch.comments[0].body).toBe('mit \n im Text');
  });

  it('gives the same outputs for every split point into two chunks', () => {
    expect(splitsThatDiffer(SAMPLE, readSample)).toEqual([]);
  });

  it('gives the same outputs for chunks of every size from 1 to 16 characters, empty chunks included', () => {
    expect(chunkSizesThatDiffer(SAMPLE, readSample)).toEqual([]);
  });

  it('gives the same outputs for every pair of split points of a short input with every kind of line end', () => {
    const short = '\uFEFF{"kind":"article","externalId":"a","title":"T"}\r\n\r{x\n\r\n{"kind":"comment"}';
    expect(readSample([short]).map(describeOutput)).toEqual([
      '1 article',
      '3 feed.ndjson:3: invalid JSON at column 2: expected a double-quoted property name',
      '5 feed.ndjson:5: externalId is required',
    ]);
    expect(splitPairsThatDiffer(short, readSample)).toEqual([]);
  });

  it('returns each record from the push that completes its line, and the last open line from end', () => {
    const reader = createNdjsonReader('feed.ndjson');
    expect(reader.push(ARTICLE_LINE.slice(0, 20))).toEqual([]);
    expect(reader.push(`${ARTICLE_LINE.slice(20)}\r`).map((output) => output.line)).toEqual([1]);
    expect(reader.push(`\n${ARTICLE_LINE}`)).toEqual([]);
    expect(reader.end().map((output) => output.line)).toEqual([2]);
    expect(() => reader.push('{}')).toThrow('push after end');
  });
});

describe('createNdjsonReader line length guard', () => {
  it(`accepts a line of exactly MAX_LINE_LENGTH (${MAX_LINE_LENGTH}) characters`, () => {
    const padding = MAX_LINE_LENGTH - commentLine('c-1', '').length;
    const line = commentLine('c-1', 'x'.repeat(padding));
    expect(line).toHaveLength(MAX_LINE_LENGTH);
    const outputs = readChunks(createNdjsonReader('big.ndjson'), chunksOf(`${line}\n${line}x`, 65_536));
    expect(outputs.map(describeOutput)).toEqual([
      '1 comment',
      '2 big.ndjson:2: line is longer than 1000000 characters',
    ]);
  });

  it('reports a longer line as soon as it is over, drops it, and goes on after its end', () => {
    const reader = createNdjsonReader('big.ndjson');
    expect(reader.push(`${ARTICLE_LINE}\n{"kind":"comment","body":"`).map((output) => output.line)).toEqual([
      1,
    ]);
    const early = reader.push('x'.repeat(MAX_LINE_LENGTH));
    expect(early.map(describeOutput)).toEqual(['2 big.ndjson:2: line is longer than 1000000 characters']);
    expect(reader.push('x'.repeat(MAX_LINE_LENGTH))).toEqual([]);
    expect(reader.push(`"}\r`)).toEqual([]);
    expect(reader.push(`\n${ARTICLE_LINE}\n`).map(describeOutput)).toEqual(['3 article']);
    expect(reader.end()).toEqual([]);
  });

  it('reports an over-long last line without a line break once', () => {
    const outputs = readChunks(createNdjsonReader('big.ndjson', { maxLineLength: 10 }), [
      '{"kind":',
      '"article"}',
    ]);
    expect(outputs.map(describeOutput)).toEqual(['1 big.ndjson:1: line is longer than 10 characters']);
  });
});
