import fc from 'fast-check';
import { adversarialText, LINE_BREAKS, RIGHT_TO_LEFT, ZERO_WIDTH } from './adversarial-text';

/** A record as an import file carries it: mostly well-formed, with hostile values and now and then a wrong one. */
export type ImportRecord = Record<string, unknown>;

/** Instants the validation accepts, in every form it reads. */
export const VALID_INSTANTS = [
  '2022-01-27T21:29:00Z',
  '2022-01-27T22:29:00+01:00',
  '2024-02-29T23:59:59.999-00:30',
  '2022-01-27T21:29Z',
  '2022-01-27T21:29:00.123456789Z',
];
/** Instants it refuses: no zone, no day, impossible dates and times, years before 100. */
export const INVALID_INSTANTS = [
  '2022-02-30T00:00:00Z',
  '2022-01-27T21:29:00',
  '2022-01-27',
  '',
  'gestern',
  '2022-01-27T24:00:00Z',
  '0099-01-01T00:00:00Z',
  '+020222-01-01T00:00:00Z',
];
const WORDS = [
  'Idiot',
  'Lügenpresse',
  'gut',
  'nicht',
  '🤮',
  'www.example.de',
  'a@b.de',
  '+49 30 1234567',
  'Hauptstraße 5',
  ...RIGHT_TO_LEFT,
  ...ZERO_WIDTH,
];

/** A value of the wrong kind for any field: null, numbers (huge ones too), booleans, arrays, objects. */
const wrongValue: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  0,
  -1,
  1e308,
  1e29,
  true,
  [],
  ['x'],
  {},
  { kind: 'comment' },
  '   ',
);

/** How often a generated record breaks a rule: never (every record valid) or now and then (some field wrong). */
export type RecordQuality = 'clean' | 'noisy';

/** The proper value, or for noisy records one time in twelve a wrong one. */
function mostly<T>(proper: fc.Arbitrary<T>, quality: RecordQuality): fc.Arbitrary<T | unknown> {
  return quality === 'clean'
    ? proper
    : fc.oneof({ weight: 11, arbitrary: proper }, { weight: 1, arbitrary: wrongValue });
}

/** Non-empty hostile text: words of the domain mixed with any code point, right-to-left and zero-width characters. */
export function fieldText(maxFragments = 8): fc.Arbitrary<string> {
  return adversarialText(WORDS, maxFragments).map((text) => (text.trim() === '' ? `x${text}` : text));
}

const validInstant = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...VALID_INSTANTS) },
  {
    weight: 1,
    arbitrary: fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString()),
  },
);
const instant = (quality: RecordQuality) =>
  quality === 'clean'
    ? validInstant
    : fc.oneof(
        { weight: 4, arbitrary: validInstant },
        { weight: 1, arbitrary: fc.constantFrom(...INVALID_INSTANTS) },
      );
const id = fc.oneof(
  { weight: 4, arbitrary: fc.nat(50).map((index) => `id-${index}`) },
  { weight: 1, arbitrary: fieldText(3) },
);

/** A comment record for one of the articles; noisy ones with wrong values, unknown languages and unknown fields. */
export function commentRecord(
  articleIds: readonly string[],
  quality: RecordQuality,
): fc.Arbitrary<ImportRecord> {
  const languages =
    quality === 'clean' ? fc.constantFrom('de', 'en') : fc.constantFrom('de', 'en', 'fr', 'DE');
  return fc
    .tuple(
      fc.record(
        {
          externalId: mostly(id, quality),
          articleExternalId: mostly(fc.constantFrom(...articleIds), quality),
          author: mostly(fieldText(3), quality),
          postedAt: mostly(instant(quality), quality),
          body: mostly(fieldText(), quality),
          title: mostly(fieldText(3), quality),
          language: mostly(languages, quality),
        },
        { requiredKeys: ['externalId', 'articleExternalId', 'author', 'postedAt', 'body'] },
      ),
      quality === 'clean'
        ? fc.constant(null)
        : fc.option(fc.constantFrom('score', '__proto__', 'constructor', 'kind2'), { freq: 10 }),
    )
    .map(([record, unknownField]) => (unknownField === null ? record : { ...record, [unknownField]: 1 }));
}

/** An article record with one of the given external ids; noisy ones with wrong values. */
export function articleRecord(
  articleIds: readonly string[],
  quality: RecordQuality,
): fc.Arbitrary<ImportRecord> {
  const isClean = quality === 'clean';
  return fc
    .record(
      {
        externalId: mostly(fc.constantFrom(...articleIds), quality),
        title: mostly(fieldText(4), quality),
        url: mostly(fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'x'), quality),
        publishedAt: mostly(instant(quality), quality),
        publishedAtPrecision: mostly(
          isClean
            ? fc.constantFrom('month', 'day', 'minute')
            : fc.constantFrom('month', 'day', 'minute', 'week'),
          quality,
        ),
        isPublishedAtInferred: mostly(fc.boolean(), quality),
        body: mostly(fieldText(), quality),
        section: mostly(
          isClean
            ? fc.constantFrom('Politik', 'Sport', 'مرحبا')
            : fc.constantFrom('Politik', 'Sport', 'مرحبا', ' '),
          quality,
        ),
      },
      { requiredKeys: ['externalId', 'title'] },
    )
    .map((article) => {
      // Precision and inference need publishedAt; a clean article without it drops them.
      if (!isClean || article.publishedAt !== undefined) return article;
      const withoutDate: ImportRecord = { ...article };
      delete withoutDate['publishedAtPrecision'];
      delete withoutDate['isPublishedAtInferred'];
      return withoutDate;
    });
}

/** Records of a small import: a few articles and comments on them (and, noisy, on an unknown article). */
export function importRecords(
  quality: RecordQuality,
): fc.Arbitrary<{ articles: ImportRecord[]; comments: ImportRecord[] }> {
  const articleIds = ['a-1', 'a-2', 'a-3'];
  return fc.record({
    articles: fc.array(articleRecord(articleIds, quality), { maxLength: 3 }),
    comments: fc.array(
      commentRecord(quality === 'clean' ? articleIds : [...articleIds, 'a-unknown'], quality),
      { maxLength: 8 },
    ),
  });
}

/** Clean and noisy records, the clean ones twice as often. */
function someRecords(): fc.Arbitrary<{ articles: ImportRecord[]; comments: ImportRecord[] }> {
  return fc.oneof(
    { weight: 2, arbitrary: importRecords('clean') },
    { weight: 1, arbitrary: importRecords('noisy') },
  );
}

/** NDJSON lines `{"kind":…,…}` with LF, CRLF or CR line ends and now and then a blank line. */
export function ndjsonDocument(): fc.Arbitrary<string> {
  return fc
    .tuple(someRecords(), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
    .map(([{ articles, comments }, lineBreak, hasBlankLine]) => {
      const lines = [
        ...articles.map((article) => JSON.stringify({ kind: 'article', ...article })),
        ...comments.map((comment) => JSON.stringify({ kind: 'comment', ...comment })),
      ];
      if (hasBlankLine) lines.splice(Math.floor(lines.length / 2), 0, '');
      return lines.join(lineBreak);
    });
}

/** A JSON import document `{ "articles": […], "comments": […] }`, compact or indented. */
export function jsonDocument(): fc.Arbitrary<string> {
  return fc
    .tuple(someRecords(), fc.constantFrom(0, 2, '\t'))
    .map(([records, indent]) => JSON.stringify(records, null, indent));
}

const CSV_COMMENT_COLUMNS = [
  'externalId',
  'articleExternalId',
  'author',
  'postedAt',
  'body',
  'title',
  'language',
];
const CSV_ARTICLE_DETAILS: Record<string, string> = {
  articleUrl: 'https://example.org/a',
  articlePublishedAt: '2022-01-27T08:00:00+01:00',
  articleSection: 'Politik',
};

/**
 * A CSV import: a header of the required and some optional columns, one comment per row, cells quoted where needed
 * or at random; an article (title and details) on some rows.
 */
export function csvDocument(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.subarray(CSV_COMMENT_COLUMNS.slice(5)),
      fc.subarray(Object.keys(CSV_ARTICLE_DETAILS)),
      someRecords(),
      fc.constantFrom(...LINE_BREAKS.slice(0, 3)),
      fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }),
    )
    .map(([optional, details, { comments }, lineBreak, flags]) => {
      const hasArticleTitle = details.length > 0 || flags[0];
      const columns = [
        ...CSV_COMMENT_COLUMNS.slice(0, 5),
        ...optional,
        ...(hasArticleTitle ? ['articleTitle'] : []),
        ...details,
      ];
      const rows = comments.map((comment, row) =>
        columns.map((column, index) => {
          const isQuoted = flags[(row + index) % flags.length];
          if (column === 'articleTitle')
            return csvCell(flags[row % flags.length] ? 'Ein Artikel' : '', isQuoted);
          if (column in CSV_ARTICLE_DETAILS)
            return csvCell(flags[row % flags.length] ? CSV_ARTICLE_DETAILS[column] : '', isQuoted);
          const value = comment[column];
          return csvCell(
            typeof value === 'string' ? value : value === undefined ? '' : String(value),
            isQuoted,
          );
        }),
      );
      return [columns.join(','), ...rows.map((row) => row.join(','))].join(lineBreak);
    });
}

/** A CSV cell: quoted (quotes doubled) when it must be or when asked to, else as it is. */
export function csvCell(value: string, isQuoted: boolean): string {
  return isQuoted || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
