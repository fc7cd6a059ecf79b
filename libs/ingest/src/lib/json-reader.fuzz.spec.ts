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
import { check, lineCountOf, outcomeOf } from '../testing/fuzz-checks';
import { JsonSyntaxError, readJson } from './json-reader';

const recorder = fuzzTarget('ingest.json-reader');

/** JSON texts: any JSON value written compact or indented (lone surrogates and huge numbers included), then broken or not. */
const jsonValueText = fc
  .tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 1, '\t', '\r\n '))
  .map(([value, indent]) => JSON.stringify(value, null, indent));
const jsonText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.oneof(jsonValueText, fc.json(), jsonDocument()).map((value) => ({ kind: 'json', value })),
  },
  {
    weight: 3,
    arbitrary: mutated(fc.oneof(jsonValueText, jsonDocument())).map((value) => ({
      kind: 'broken json',
      value,
    })),
  },
  {
    weight: 1,
    arbitrary: adversarialInput([
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      '\\u00',
      'true',
      'null',
      '-0',
      '1e999',
      '"__proto__"',
    ]),
  },
);

describe('readJson on hostile input', () => {
  it('agrees with JSON.parse, except that it refuses repeated keys and deep nesting, with a line and column of the text', () => {
    fc.assert(
      fc.property(jsonText, ({ kind, value }) => {
        const outcome = recorder.time(describeInput(kind, value), () => outcomeOf(() => readJson(value)));
        const native = outcomeOf(() => JSON.parse(value) as unknown);
        if ('value' in outcome) {
          check('value' in native, 'read what JSON.parse refuses', value);
          check(
            JSON.stringify(outcome.value.value) === JSON.stringify(native.value),
            'read another value than JSON.parse',
            value,
          );
          for (const lines of outcome.value.elementLines.values()) {
            check(
              lines.every((line, index) => line >= (lines[index - 1] ?? 1) && line <= lineCountOf(value)),
              'element lines out of order',
              lines,
            );
          }
          return;
        }
        const { error } = outcome;
        if (!(error instanceof JsonSyntaxError)) throw error;
        const lines = value.split(/\r\n|\r|\n/);
        check(
          error.line >= 1 && error.line <= lines.length,
          `error line ${error.line} of ${lines.length}`,
          error,
        );
        check(
          error.column >= 1 && error.column <= lines[error.line - 1].length + 1,
          `error column ${error.column}`,
          error,
        );
        if ('value' in native)
          check(
            /duplicate property|nesting deeper/.test(error.detail),
            'refused what JSON.parse reads',
            error,
          );
      }),
      fuzzParameters(3),
    );
  });

  it.each([
    ['arrays', false],
    ['objects', true],
  ])('refuses %s nested 100,000 levels deep at level 65, without a stack overflow', (_kind, isObject) => {
    for (const isClosed of [true, false]) {
      const outcome = outcomeOf(() => readJson(deepJson(100_000, isClosed, isObject)));
      expect('error' in outcome && outcome.error instanceof JsonSyntaxError && outcome.error.detail).toBe(
        'nesting deeper than 64 levels',
      );
    }
  });

  it.each<[string, (size: number) => string]>([
    ['a long string', (size) => `"${'x'.repeat(size)}"`],
    ['a string of escapes', (size) => `"${'\\u00e4\\"\\n'.repeat(size / 10)}"`],
    ['a long number', (size) => `-0.${'1'.repeat(size)}e-${'9'.repeat(10)}`],
    ['white space with CR and LF', (size) => `${' \r\n\t\r'.repeat(size / 5)}0`],
    ['a wide array', (size) => `[${'0,'.repeat(size / 2)}0]`],
    [
      'many keys',
      (size) => `{${Array.from({ length: size / 12 }, (_, index) => `"k${index}":0`).join(',')}}`,
    ],
    [
      'many arrays 64 levels deep',
      (size) => `[${Array.from({ length: size / 130 }, () => deepJson(63, true)).join(',')}]`,
    ],
    ['a long string that never ends', (size) => `"${'x'.repeat(size)}`],
  ])('reads %s in near-linear time', (kind, inputOf) => {
    checkLinearGrowth(recorder, {
      kind,
      inputOf,
      size: 20_000,
      run: (text) => outcomeOf(() => readJson(text)),
    });
  });
});
