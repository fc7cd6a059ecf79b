import fc from 'fast-check';
import {
  adversarialInput,
  checkLinearGrowth,
  csvDocument,
  describeInput,
  fuzzParameters,
  fuzzTarget,
  jsonDocument,
  ndjsonDocument,
  RIGHT_TO_LEFT,
  ZERO_WIDTH,
} from '@tenor/testing/fuzz';
import { check, checkValidRecords, lineCountOf, outcomeOf, valueOrIngestError } from '../testing/fuzz-checks';
import { parseCsv } from './csv-reader';
import { IngestError } from './ingest-error';
import { parseJsonDocument } from './json-document-parser';
import { parseNdjson } from './ndjson-parser';
import { parseFile, SUPPORTED_EXTENSIONS } from './parse-file';
import { parseSeedText } from './seed-text-parser';

const recorder = fuzzTarget('ingest.parse-file');
const PARSERS: Record<string, (text: string, name: string) => unknown> = {
  '.txt': (text, name) => {
    const { article, comments } = parseSeedText(text, name);
    return { articles: [article], comments };
  },
  '.json': parseJsonDocument,
  '.ndjson': parseNdjson,
  '.jsonl': parseNdjson,
  '.csv': parseCsv,
};

/** File names: a base of any script (path separators, dots, right-to-left marks), then an extension in any case or none. */
const fileName = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(
        'import',
        'a/b\\c',
        '..',
        '.hidden',
        '',
        'x.y',
        ...RIGHT_TO_LEFT.slice(0, 3),
        ...ZERO_WIDTH.slice(0, 2),
      ),
      fc.string({ maxLength: 8 }),
    ),
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SUPPORTED_EXTENSIONS) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '.TXT',
          '.Json',
          '.NDJSON',
          '.CsV',
          '.xml',
          '.csv.gz',
          '.',
          '',
          '.txt ',
          '.txt\u200b',
        ),
      },
    ),
  )
  .map(([base, extension]) => `${base}${extension}`);
const fileText = fc.oneof(
  adversarialInput(),
  fc.oneof(csvDocument(), jsonDocument(), ndjsonDocument()).map((value) => ({ kind: 'import file', value })),
);

function supportedExtensionOf(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() as string;
  const dot = base.lastIndexOf('.');
  const extension = dot <= 0 ? '' : base.slice(dot).toLowerCase();
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension) ? extension : undefined;
}

describe('parseFile on hostile names and text', () => {
  it('dispatches by extension to the parser of that format, and names the file type when it has none of them', () => {
    fc.assert(
      fc.property(fileName, fileText, (name, { kind, value }) => {
        const outcome = recorder.time(describeInput(`${kind} as "${name}"`, value), () =>
          outcomeOf(() => parseFile(name, value)),
        );
        const extension = supportedExtensionOf(name);
        if (extension === undefined) {
          const error = 'error' in outcome ? outcome.error : undefined;
          check(
            error instanceof IngestError &&
              error.line === undefined &&
              error.detail.startsWith('unsupported file type'),
            'parsed an unsupported file',
            { name, error },
          );
          return;
        }
        const isNamelessSeed =
          extension === '.txt' &&
          'error' in outcome &&
          outcome.error instanceof IngestError &&
          outcome.error.detail.endsWith('gives no article id');
        const batch = isNamelessSeed ? undefined : valueOrIngestError(outcome, name, lineCountOf(value));
        const direct = outcomeOf(() => PARSERS[extension](value, name));
        const describe = (result: typeof direct) =>
          'value' in result
            ? JSON.stringify(result.value)
            : result.error instanceof Error
              ? result.error.message
              : 'thrown';
        check(describe(outcome) === describe(direct), `parseFile and the ${extension} parser disagree`, name);
        if (batch !== undefined) checkValidRecords(batch);
      }),
      fuzzParameters(2),
    );
  });

  it.each(SUPPORTED_EXTENSIONS.map((extension) => [extension]))(
    'dispatches a long %s file in near-linear time',
    (extension) => {
      checkLinearGrowth(recorder, {
        kind: `a long line as ${extension}`,
        inputOf: (size) => 'Wort, "x" '.repeat(size / 10),
        size: 20_000,
        run: (text) => outcomeOf(() => parseFile(`import${extension}`, text)),
      });
    },
  );
});
