import fc from 'fast-check';
import {
  adversarialInput,
  checkLinearGrowth,
  deepJson,
  describeInput,
  fuzzParameters,
  fuzzTarget,
  mutated,
  ndjsonDocument,
} from '@tenor/testing/fuzz';
import { check, checkValidRecords, lineCountOf, outcomeOf, valueOrIngestError } from '../testing/fuzz-checks';
import { parseNdjson } from './ndjson-parser';
import { createNdjsonReader } from './ndjson-reader';

const FILE = 'fuzz.ndjson';
const recorder = fuzzTarget('ingest.ndjson-parser');
const LINE =
  '{"kind":"comment","externalId":"c-1","articleExternalId":"a-1","author":"Anna","postedAt":"2022-01-27T21:29:00Z","body":"Hallo"}';
const NDJSON_WORDS = [
  LINE,
  '{"kind":"article","externalId":"a-1","title":"T"}',
  '{',
  '}',
  '"',
  '\\u',
  '\\ud800',
  '[',
  ']',
  '\uFEFF',
];

const ndjsonText = fc.oneof(
  { weight: 2, arbitrary: ndjsonDocument().map((value) => ({ kind: 'ndjson file', value })) },
  { weight: 2, arbitrary: mutated(ndjsonDocument()).map((value) => ({ kind: 'broken ndjson file', value })) },
  { weight: 1, arbitrary: adversarialInput(NDJSON_WORDS) },
);

/** The streaming reader's view of the same text: its first error, and its articles and comments. */
function readWhole(text: string): { firstError?: string; articles: unknown[]; comments: unknown[] } {
  const reader = createNdjsonReader(FILE, { maxLineLength: Number.MAX_SAFE_INTEGER });
  const outputs = [...reader.push(text), ...reader.end()];
  const firstError = outputs.find((output) => 'error' in output);
  return {
    firstError: firstError !== undefined && 'error' in firstError ? firstError.error.message : undefined,
    articles: outputs.flatMap((output) => ('article' in output ? [output.article] : [])),
    comments: outputs.flatMap((output) => ('comment' in output ? [output.comment] : [])),
  };
}

describe('parseNdjson on hostile input', () => {
  it('throws nothing but IngestError with a line of the file; its records validate and match the streaming reader', () => {
    fc.assert(
      fc.property(ndjsonText, ({ kind, value }) => {
        const outcome = recorder.time(describeInput(kind, value), () =>
          outcomeOf(() => parseNdjson(value, FILE)),
        );
        const batch = valueOrIngestError(outcome, FILE, lineCountOf(value));
        const streamed = readWhole(value);
        if (batch === undefined) {
          const message = 'error' in outcome && outcome.error instanceof Error ? outcome.error.message : '';
          check(streamed.firstError === message, 'the reader fails elsewhere than the parser', {
            message,
            streamed: streamed.firstError,
          });
          return;
        }
        checkValidRecords(batch);
        check(
          streamed.firstError === undefined,
          'the reader fails where the parser does not',
          streamed.firstError,
        );
        const isSame =
          JSON.stringify([streamed.articles, streamed.comments]) ===
          JSON.stringify([batch.articles, batch.comments]);
        check(isSame, 'the reader reads other records', streamed);
      }),
      fuzzParameters(2),
    );
  });

  it('refuses a line nested 100,000 levels deep on its line, without a stack overflow', () => {
    const outcome = outcomeOf(() => parseNdjson(`${LINE}\n${deepJson(100_000, true)}`, FILE));
    expect('error' in outcome && outcome.error instanceof Error && outcome.error.message).toMatch(
      /^fuzz\.ndjson:2: invalid JSON .*nesting deeper than 64 levels/,
    );
  });

  it.each<[string, (size: number) => string]>([
    ['many record lines', (size) => `${LINE}\n`.repeat(size / (LINE.length + 1))],
    ['one long string of escapes', (size) => `{"kind":"comment","body":"${'\\u0041\\n'.repeat(size / 8)}"}`],
    ['one long number', (size) => `{"kind":"comment","body":${'1'.repeat(size)}}`],
    [
      'many keys in one object',
      (size) => `{${Array.from({ length: size / 12 }, (_, index) => `"k${index}":1`).join(',')}}`,
    ],
    ['lines of unclosed brackets', (size) => `${deepJson(100, false)}\n`.repeat(size / 101)],
    ['blank lines of CR, LF and CRLF', (size) => '\r\n \n\r\t\r'.repeat(size / 7)],
    ['lines of garbage', (size) => '\u0000\ud800מ,}\n'.repeat(size / 7)],
  ])('parses %s in near-linear time', (kind, inputOf) => {
    checkLinearGrowth(recorder, {
      kind,
      inputOf,
      size: 20_000,
      run: (text) => outcomeOf(() => parseNdjson(text, FILE)),
    });
  });
});
