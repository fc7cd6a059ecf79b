import fc from 'fast-check';
import {
  adversarialInput,
  checkLinearGrowth,
  deepJson,
  describeInput,
  fuzzParameters,
  fuzzTarget,
  jsonDocument,
  mutated,
} from '@tenor/testing/fuzz';
import { checkValidRecords, lineCountOf, outcomeOf, valueOrIngestError } from '../testing/fuzz-checks';
import { parseJsonDocument } from './json-document-parser';

const FILE = 'fuzz.json';
const recorder = fuzzTarget('ingest.json-document-parser');
const COMMENT =
  '{"externalId":"c-1","articleExternalId":"a-1","author":"Anna","postedAt":"2022-01-27T21:29:00Z","body":"Hallo"}';

const documentText = fc.oneof(
  { weight: 2, arbitrary: jsonDocument().map((value) => ({ kind: 'json document', value })) },
  { weight: 2, arbitrary: mutated(jsonDocument()).map((value) => ({ kind: 'broken json document', value })) },
  {
    weight: 1,
    arbitrary: adversarialInput(['{"articles":[', '{"comments":[', COMMENT, ']}', '\uFEFF', '"__proto__"']),
  },
);

describe('parseJsonDocument on hostile input', () => {
  it('throws nothing but IngestError with a line of the file, and its records validate', () => {
    fc.assert(
      fc.property(documentText, ({ kind, value }) => {
        const outcome = recorder.time(describeInput(kind, value), () =>
          outcomeOf(() => parseJsonDocument(value, FILE)),
        );
        const batch = valueOrIngestError(outcome, FILE, lineCountOf(value));
        if (batch !== undefined) checkValidRecords(batch);
      }),
      fuzzParameters(2),
    );
  });

  it('refuses comments nested 100,000 levels deep on line 1, without a stack overflow', () => {
    const outcome = outcomeOf(() => parseJsonDocument(`{"comments":${deepJson(100_000, true)}}`, FILE));
    expect('error' in outcome && outcome.error instanceof Error && outcome.error.message).toMatch(
      /^fuzz\.json:1: invalid JSON .*nesting deeper/,
    );
  });

  it.each<[string, (size: number) => string]>([
    [
      'many comments',
      (size) =>
        `{"comments":[${Array.from({ length: size / (COMMENT.length + 1) }, () => COMMENT).join(',\n')}]}`,
    ],
    ['one long comment body', (size) => `{"comments":[${COMMENT.replace('Hallo', 'x'.repeat(size))}]}`],
    ['many bad records', (size) => `{"comments":[${'1,'.repeat(size / 2)}1]}`],
    ['a long unknown top-level key', (size) => `{"${'k'.repeat(size)}":[]}`],
  ])('parses %s in near-linear time', (kind, inputOf) => {
    checkLinearGrowth(recorder, {
      kind,
      inputOf,
      size: 20_000,
      run: (text) => outcomeOf(() => parseJsonDocument(text, FILE)),
    });
  });
});
