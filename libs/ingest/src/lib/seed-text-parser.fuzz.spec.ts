import fc from 'fast-check';
import {
  adversarialInput,
  adversarialText,
  checkLinearGrowth,
  describeInput,
  fuzzParameters,
  fuzzRuns,
  fuzzTarget,
  LINE_BREAKS,
  mutated,
  RIGHT_TO_LEFT,
  ZERO_WIDTH,
} from '@tenor/testing/fuzz';
import { check, checkValidRecords, lineCountOf, outcomeOf, valueOrIngestError } from '../testing/fuzz-checks';
import { IngestError } from './ingest-error';
import { parseSeedText } from './seed-text-parser';
import { MAX_ARTICLE_TITLE_LENGTH } from './seed-title';

const FILE = 'fuzz.txt';
const recorder = fuzzTarget('ingest.seed-text-parser');
const SEED_WORDS = [
  ' date 2022-01',
  ' date ',
  'date 1',
  'Pflichtfelder',
  'Foto: dpa',
  'Überzeugen Sie sich von unserem Online-Abo:',
  'Anna 27.01.22 15:10',
  'Ingo Kerp 27.1.22 15:10',
  '1. Januar',
  'Dr. Müller',
  'z.B.',
  '?',
  '!',
  '…',
];

/** Mostly 1..max, sometimes anything up to 99 (32.01., 25:00). */
const dateField = (max: number) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 1, max }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }) },
  );

/** A header `Name DD.MM.YY HH:MM`, names in any script, sometimes with impossible values or wrong digit counts. */
const commentHeader = fc
  .tuple(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          'Anna',
          'aurel aurelis',
          'j.mueller',
          'Ingo Kerp',
          'Zoë\u200b',
          ...RIGHT_TO_LEFT.slice(0, 4),
        ),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
    ),
    fc.tuple(dateField(28), dateField(12), dateField(30), dateField(23), dateField(59)),
    fc.oneof({ weight: 8, arbitrary: fc.constant(2) }, { weight: 1, arbitrary: fc.constantFrom(1, 4) }),
  )
  .map(([name, [day, month, year, hour, minute], digits]) => {
    const pad = (value: number) => String(value % 100).padStart(digits, '0');
    return `${name} ${pad(day)}.${pad(month)}.${pad(year)} ${pad(hour)}:${pad(minute)}`;
  });

/** A seed file put together from its parts: date line, title, paragraphs with page furniture, marker, comments. */
const seedDocument = fc
  .tuple(
    fc.option(
      fc.constantFrom(' date 2022-01 ', ' date 2021-10 Erster Absatz.', ' date 2022-13 ', ' date 22-01 '),
    ),
    fc.array(adversarialText(SEED_WORDS, 6), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
    fc.array(fc.tuple(commentHeader, fc.array(adversarialText(ZERO_WIDTH, 6), { maxLength: 3 })), {
      maxLength: 6,
    }),
    fc.constantFrom(...LINE_BREAKS.slice(0, 4)),
  )
  .map(([dateLine, paragraphs, hasMarker, comments, lineBreak]) =>
    [
      ...(dateLine === null ? [] : [dateLine]),
      ...paragraphs,
      ...(hasMarker ? ['Pflichtfelder'] : []),
      ...comments.flatMap(([header, lines]) => [header, ...lines]),
    ].join(lineBreak),
  );

function parseChecked(kind: string, text: string): void {
  const outcome = recorder.time(describeInput(kind, text), () => outcomeOf(() => parseSeedText(text, FILE)));
  const parsed = valueOrIngestError(outcome, FILE, lineCountOf(text));
  if (parsed === undefined) return;
  const { article, comments } = parsed;
  check(
    article.externalId === 'fuzz' && article.sourceFile === FILE,
    'article ids do not come from the file name',
    article,
  );
  check(
    article.title.trim() !== '' && article.title.length <= MAX_ARTICLE_TITLE_LENGTH,
    'article title empty or too long',
    article.title,
  );
  check(
    article.body === undefined || (article.body.trim() !== '' && !article.body.includes('\n\n\n')),
    'article body with empty paragraphs',
    article.body,
  );
  checkValidRecords({ articles: [article], comments });
  check(
    new Set(comments.map((comment) => comment.externalId)).size === comments.length,
    'two comments share an id',
    comments,
  );
  check(
    comments.every((comment) => comment.articleExternalId === 'fuzz'),
    'a comment of another article',
    comments,
  );
}

describe('parseSeedText on hostile input', () => {
  it('throws nothing but IngestError with a line of the file, on any text', () => {
    fc.assert(
      fc.property(adversarialInput(SEED_WORDS), ({ kind, value }) => parseChecked(kind, value)),
      fuzzParameters(),
    );
  });

  it('gives valid records or a located error for seed files broken in a few places', () => {
    fc.assert(
      fc.property(mutated(seedDocument), (text) => parseChecked('seed file', text)),
      fuzzParameters(2),
    );
  });

  it('refuses a file name that leaves no article id (" .txt" gave the id " ")', () => {
    const outcome = outcomeOf(() => parseSeedText('Titel\nText.', 'seeds/ .txt'));
    expect('error' in outcome && outcome.error instanceof IngestError && outcome.error.message).toBe(
      'seeds/ .txt: the file name " .txt" gives no article id',
    );
  });

  it('reports a title that is only a full stop as an error on its line, not as an empty title', () => {
    const error = outcomeOf(() => parseSeedText('.\nText darunter.', FILE));
    expect('error' in error && error.error instanceof IngestError && error.error.line).toBe(1);
  });

  // Each kind was (or could have been) worse than linear: the date line took cubic time, the first sentence and
  // the ids of repeated headers quadratic time, before they were fixed.
  it.each<[string, (size: number) => string, number]>([
    ['a date line of spaces with U+2028 in it', (size) => ` date${' '.repeat(size)}x\u2028y\u2028`, 20_000],
    [
      'a first paragraph of dots that end no sentence ("1. A 2. B")',
      (size) => '1. A '.repeat(size / 5),
      20_000,
    ],
    [
      'comments by one author in one minute',
      (size) => `Titel\n\n${'Anna 27.01.22 15:10\nHallo\n'.repeat(size / 26)}`,
      8_000,
    ],
    [
      'comments by many authors',
      (size) =>
        `Titel\n\n${Array.from({ length: size / 30 }, (_, index) => `Leser ${index} 27.01.22 15:10\nHallo\n`).join('')}`,
      8_000,
    ],
    ['one line of words', (size) => 'Wort '.repeat(size / 5), 20_000],
    ['header-like lines of five words', (size) => 'a b c d e 27.01.22 15:10\n'.repeat(size / 25), 20_000],
    ['a name of one long word before a date', (size) => `${'a'.repeat(size)} 27.01.22 15:10`, 20_000],
    [
      'captions caught twice',
      (size) => `Titel\n${'Bildunterschrift\nBildunterschrift\n'.repeat(size / 34)}`,
      20_000,
    ],
    ['blank lines with CR and CRLF', (size) => `Titel\n${'\r\n\r \r'.repeat(size / 5)}Text.`, 20_000],
    [
      'zero-width and right-to-left text',
      (size) => `Titel\n${'שלום\u200b مرحبا\u200f '.repeat(size / 14)}`,
      20_000,
    ],
  ])('parses %s in near-linear time', (kind, inputOf, size) => {
    checkLinearGrowth(recorder, {
      kind,
      inputOf,
      size,
      run: (text) => outcomeOf(() => parseSeedText(text, FILE)),
      samples: 3,
    });
  });

  // 150,000 comments cost about five seconds, so only the long fuzz run (npm run test:fuzz) reads them.
  (fuzzRuns() >= 100 ? it : it.skip)(
    'dates a file of 150,000 comments by its earliest one (Math.min(...) overflowed the stack)',
    () => {
      const text = `Titel\n\n${Array.from({ length: 150_000 }, (_, index) => `Leser ${index} 27.01.22 15:10\nHallo\n`).join('')}`;
      const { article } = recorder.time(describeInput('150,000 comments', text), () =>
        parseSeedText(text, FILE),
      );
      expect(article.publishedAt).toBe('2022-01-26T23:00:00.000Z');
    },
  );
});
