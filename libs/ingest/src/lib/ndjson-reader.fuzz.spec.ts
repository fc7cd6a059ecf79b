import fc from 'fast-check';
import {
  adversarialInput,
  checkLinearGrowth,
  cutAt,
  describeInput,
  fraction,
  fuzzParameters,
  fuzzTarget,
  mutated,
  ndjsonDocument,
} from '@tenor/testing/fuzz';
import { check, checkWellFormedOutputs, lineCountOf } from '../testing/fuzz-checks';
import { comparable } from '../testing/reader-outputs';
import { createNdjsonReader } from './ndjson-reader';
import type { ReaderOutput } from './record-reader';

const FILE = 'fuzz.ndjson';
const recorder = fuzzTarget('ingest.ndjson-reader');
const LINE =
  '{"kind":"comment","externalId":"c-1","articleExternalId":"a-1","author":"Anna","postedAt":"2022-01-27T21:29:00Z","body":"Hallo"}';

function read(chunks: readonly string[], maxLineLength?: number): ReaderOutput[] {
  const reader = createNdjsonReader(FILE, maxLineLength === undefined ? {} : { maxLineLength });
  const outputs: ReaderOutput[] = [];
  for (const chunk of chunks) outputs.push(...reader.push(chunk));
  outputs.push(...reader.end());
  return outputs;
}

const ndjsonText = fc.oneof(
  { weight: 2, arbitrary: mutated(ndjsonDocument()).map((value) => ({ kind: 'ndjson file', value })) },
  { weight: 1, arbitrary: adversarialInput([LINE, '\r', '\n', '\r\n', '\uFEFF']) },
);

describe('createNdjsonReader on hostile input', () => {
  it('never throws, reports each bad line at its line, and gives the same outputs however the input is cut', () => {
    fc.assert(
      fc.property(ndjsonText, fc.array(fraction(), { maxLength: 6 }), ({ kind, value }, cuts) => {
        const chunks = cutAt(value, cuts);
        const outputs = recorder.time(describeInput(`${kind} in ${chunks.length} chunks`, value), () =>
          read(chunks),
        );
        checkWellFormedOutputs(outputs, FILE, lineCountOf(value));
        const whole = JSON.stringify(read([value]).map(comparable));
        check(JSON.stringify(outputs.map(comparable)) === whole, 'chunking changed the outputs', chunks);
      }),
      fuzzParameters(2),
    );
  });

  it('drops lines over a short limit with an error and reads on', () => {
    fc.assert(
      fc.property(ndjsonText, fc.integer({ min: 1, max: 300 }), ({ kind, value }, maxLineLength) => {
        const outputs = recorder.time(
          describeInput(`${kind}, lines of at most ${maxLineLength}`, value),
          () => read([value], maxLineLength),
        );
        checkWellFormedOutputs(outputs, FILE, lineCountOf(value));
        const lines = value.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        for (const output of outputs) {
          const isLong = lines[output.line - 1].length > maxLineLength;
          const isReportedLong = 'error' in output && output.error.detail.startsWith('line is longer than');
          check(
            isLong === isReportedLong,
            `line ${output.line} of ${lines[output.line - 1].length} characters`,
            output,
          );
        }
      }),
      fuzzParameters(),
    );
  });

  it.each<[string, (size: number) => string]>([
    ['record lines in one-character chunks', (size) => `${LINE}\r\n`.repeat(size / (LINE.length + 2))],
    ['one long line in one-character chunks', (size) => `{"kind":"comment","body":"${'x'.repeat(size)}"}`],
    ['CR and LF in one-character chunks', (size) => '\r\n\r\r\n\n'.repeat(size / 6)],
  ])('reads %s in near-linear time', (kind, inputOf) => {
    checkLinearGrowth(recorder, { kind, inputOf, size: 10_000, run: (text) => read(text.split('')) });
  });

  it('reads a line over the limit in 64 KB chunks in near-linear time, keeping none of it', () => {
    checkLinearGrowth(recorder, {
      kind: 'a line over the limit in 64 KB chunks',
      inputOf: (size) => 'x'.repeat(size),
      size: 200_000,
      run: (text) =>
        read(
          cutAt(
            text,
            Array.from(
              { length: Math.floor(text.length / 65_536) },
              (_, index) => ((index + 1) * 65_536) / text.length,
            ),
          ),
          100_000,
        ),
    });
  });
});
