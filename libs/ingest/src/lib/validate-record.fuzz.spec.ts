import fc from 'fast-check';
import {
  adversarialInput,
  articleRecord,
  checkLinearGrowth,
  commentRecord,
  describeInput,
  fuzzParameters,
  fuzzTarget,
  HUGE_NUMBERS,
} from '@tenor/testing/fuzz';
import { check, outcomeOf } from '../testing/fuzz-checks';
import { IngestError } from './ingest-error';
import {
  parseIsoInstant,
  validateArticleInput,
  validateCommentInput,
  type RecordLocation,
} from './validate-record';

const recorder = fuzzTarget('ingest.validate-record');
const LOCATION: RecordLocation = { file: 'fuzz.json', line: 7, label: 'comments[3]' };
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const COMMENT = {
  externalId: 'c-1',
  articleExternalId: 'a-1',
  author: 'Anna',
  postedAt: '2022-01-27T21:29:00Z',
  body: 'Hallo',
};

/** An array nested this deep: JSON.stringify of it overflows the stack. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 'de';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}
const DEEP = deeplyNested(100_000);

/** Any value, records with one field replaced by any value, and records without a prototype. */
const untrustedRecord = fc.oneof(
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }).map((value) => ({ kind: 'any value', value })) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.oneof(commentRecord(['a-1'], 'noisy'), articleRecord(['a-1'], 'noisy')),
        fc.constantFrom(
          'externalId',
          'title',
          'postedAt',
          'publishedAt',
          'language',
          'publishedAtPrecision',
          'isPublishedAtInferred',
          'body',
          'kind',
        ),
        fc.oneof(
          fc.anything({ maxDepth: 2 }),
          fc.constantFrom(DEEP, ...HUGE_NUMBERS),
          adversarialInput().map(({ value }) => value),
        ),
      )
      .map(([record, field, value]) => ({
        kind: 'record with a field replaced',
        value: { ...record, [field]: value },
      })),
  },
  {
    weight: 1,
    arbitrary: commentRecord(['a-1'], 'clean').map((record) => ({
      kind: 'record without prototype',
      value: Object.assign(Object.create(null) as object, record),
    })),
  },
);

function checkValidation(
  validate: (record: unknown, location: RecordLocation) => object,
  kind: string,
  record: unknown,
): void {
  const outcome = recorder.time(kind, () => outcomeOf(() => validate(record, LOCATION)));
  if ('error' in outcome) {
    const { error } = outcome;
    if (!(error instanceof IngestError)) throw error;
    check(
      error.file === LOCATION.file && error.line === LOCATION.line,
      'error at another place than the record',
      error,
    );
    check(
      error.message.startsWith(
        `fuzz.json:7: comments[3]${error.field === undefined ? ' ' : `.${error.field} `}`,
      ),
      'error message without its place',
      error,
    );
    return;
  }
  const valid = outcome.value as Record<string, unknown>;
  check(
    JSON.stringify(validate(valid, LOCATION)) === JSON.stringify(valid),
    'a valid record changes when validated again',
    valid,
  );
  for (const field of ['postedAt', 'publishedAt']) {
    if (valid[field] !== undefined)
      check(CANONICAL_INSTANT.test(valid[field] as string), `${field} not normalised`, valid);
  }
}

describe('validateCommentInput and validateArticleInput on untrusted records', () => {
  it('throw nothing but IngestError naming the record and field, and return records that validate unchanged', () => {
    fc.assert(
      fc.property(untrustedRecord, ({ kind, value }) => {
        checkValidation(validateCommentInput, `comment: ${kind}`, value);
        checkValidation(validateArticleInput, `article: ${kind}`, value);
      }),
      fuzzParameters(3),
    );
  });

  it('describes a field nested 100,000 levels deep by its type (JSON.stringify of it overflowed the stack)', () => {
    const outcome = outcomeOf(() => validateCommentInput({ ...COMMENT, language: DEEP }, LOCATION));
    expect('error' in outcome && outcome.error instanceof IngestError && outcome.error.detail).toBe(
      'comments[3].language must be one of de, en, got an array',
    );
  });

  it('reads every instant toISOString writes, and any text as an instant or null', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.string({ maxLength: 40 }),
        (date, text) => {
          check(
            parseIsoInstant(date.toISOString())?.getTime() === date.getTime(),
            'an ISO instant read wrongly',
            date.toISOString(),
          );
          const parsed = recorder.time(describeInput('instant text', text), () => parseIsoInstant(text));
          check(parsed === null || Number.isFinite(parsed.getTime()), 'an invalid Date', text);
        },
      ),
      fuzzParameters(),
    );
  });

  it.each<[string, (size: number) => unknown]>([
    ['a long body', (size) => ({ ...COMMENT, body: 'x'.repeat(size) })],
    [
      'a long instant-like text',
      (size) => ({ ...COMMENT, postedAt: `2022-01-27T21:29:00.${'9'.repeat(size)}Z` }),
    ],
    ['a long unknown language', (size) => ({ ...COMMENT, language: 'd'.repeat(size) })],
  ])('validates a record with %s in near-linear time', (kind, recordOf) => {
    checkLinearGrowth(recorder, {
      kind,
      inputOf: recordOf,
      size: 100_000,
      run: (record) => outcomeOf(() => validateCommentInput(record, LOCATION)),
    });
  });
});
