import { ARTICLE_FIELD_LIMITS, COMMENT_FIELD_LIMITS, DATE_PRECISIONS, LANGUAGES, type ArticleInput, type CommentInput } from '@tenor/contracts';
import { IngestError } from './ingest-error';
import { toWellFormed } from './well-formed';

/** Where a record came from, for error messages: the file, the 1-based line it starts on, and a label such as `comments[3]`. */
export interface RecordLocation {
  file: string;
  line?: number;
  label?: string;
}

type FieldRule = (value: unknown) => string | null;

// An ISO 8601 instant with an explicit offset: a date or a zone-less time would be ambiguous
// between UTC and Berlin, so both are refused rather than guessed.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
// The form toISOString writes; such an instant, once valid, is already normalised.
const CANONICAL_UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// No text stores a NUL character: PostgreSQL refuses it in text columns, and in a comment it is never meant.
const NUL = '\u0000';
const NUL_PROBLEM = 'must not contain the NUL character (U+0000)';
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MILLISECONDS_PER_MINUTE = 60_000;

const nonEmptyString: FieldRule = (value) =>
  typeof value !== 'string'
    ? `must be a string, got ${typeName(value)}`
    : value.trim() === ''
      ? 'must not be empty'
      : null;
const anyString: FieldRule = (value) =>
  typeof value === 'string' ? null : `must be a string, got ${typeName(value)}`;
const boolean: FieldRule = (value) =>
  typeof value === 'boolean' ? null : `must be true or false, got ${typeName(value)}`;
const isoInstant: FieldRule = (value) => {
  if (typeof value !== 'string') return `must be an ISO 8601 date string, got ${typeName(value)}`;
  return isoInstantMilliseconds(value) === null
    ? `must be an ISO 8601 instant with time zone such as 2022-01-27T21:29:00Z, got ${JSON.stringify(value)}`
    : null;
};
const oneOf =
  (allowed: readonly string[]): FieldRule =>
  (value) =>
    typeof value === 'string' && allowed.includes(value)
      ? null
      : `must be one of ${allowed.join(', ')}, got ${typeof value === 'string' ? JSON.stringify(value) : typeName(value)}`;

const ARTICLE_FIELDS: Record<keyof ArticleInput, { rule: FieldRule; isRequired: boolean }> = {
  externalId: { rule: nonEmptyString, isRequired: true },
  title: { rule: nonEmptyString, isRequired: true },
  url: { rule: nonEmptyString, isRequired: false },
  publishedAt: { rule: isoInstant, isRequired: false },
  publishedAtPrecision: { rule: oneOf(DATE_PRECISIONS), isRequired: false },
  isPublishedAtInferred: { rule: boolean, isRequired: false },
  body: { rule: anyString, isRequired: false },
  sourceFile: { rule: nonEmptyString, isRequired: false },
  section: { rule: nonEmptyString, isRequired: false },
};

const COMMENT_FIELDS: Record<keyof CommentInput, { rule: FieldRule; isRequired: boolean }> = {
  externalId: { rule: nonEmptyString, isRequired: true },
  articleExternalId: { rule: nonEmptyString, isRequired: true },
  author: { rule: nonEmptyString, isRequired: true },
  postedAt: { rule: isoInstant, isRequired: true },
  title: { rule: anyString, isRequired: false },
  body: { rule: nonEmptyString, isRequired: true },
  language: { rule: oneOf(LANGUAGES), isRequired: false },
};

/**
 * Checks an untrusted record against `ArticleInput`: required strings non-empty, known fields only, valid
 * instants and enums. Returns a copy with `publishedAt` normalised to UTC (`…Z`); throws `IngestError` naming the field.
 */
export function validateArticleInput(record: unknown, location: RecordLocation): ArticleInput {
  const article = validateFields(record, ARTICLE_FIELDS, ARTICLE_FIELD_LIMITS, location) as unknown as ArticleInput;
  if (article.publishedAt === undefined) {
    for (const field of ['publishedAtPrecision', 'isPublishedAtInferred'] as const) {
      if (article[field] !== undefined) fail(location, field, 'needs publishedAt');
    }
  } else {
    article.publishedAt = normaliseInstant(article.publishedAt);
  }
  return article;
}

/**
 * Checks an untrusted record against `CommentInput`: required strings non-empty, known fields only, a valid
 * `postedAt` and language. Returns a copy with `postedAt` normalised to UTC (`…Z`); throws `IngestError` naming the field.
 */
export function validateCommentInput(record: unknown, location: RecordLocation): CommentInput {
  const comment = validateFields(record, COMMENT_FIELDS, COMMENT_FIELD_LIMITS, location) as unknown as CommentInput;
  comment.postedAt = normaliseInstant(comment.postedAt);
  return comment;
}

/** The instant an ISO 8601 string names, or null when it is not a real instant with a time zone (no 30 February, no 25:00). */
export function parseIsoInstant(text: string): Date | null {
  const milliseconds = isoInstantMilliseconds(text);
  return milliseconds === null ? null : new Date(milliseconds);
}

/**
 * parseIsoInstant as milliseconds since 1970, computed from the fields: letting `Date` parse the string again
 * cost more than the rest of a comment's validation. Fractional seconds are cut to milliseconds, as `Date` does;
 * years before 100 are refused, as before (`Date.UTC` would read them as 19xx).
 */
function isoInstantMilliseconds(text: string): number | null {
  const match = ISO_INSTANT.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const millisecond = match[7] === undefined ? 0 : Number(`${match[7]}00`.slice(0, 3));
  const offsetHours = match[9] === undefined ? 0 : Number(match[9]);
  const offsetMinutes = match[10] === undefined ? 0 : Number(match[10]);
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 && isLeapYear ? 29 : DAYS_IN_MONTH[month - 1];
  const isRealDay = year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
  const isRealTime = hour <= 23 && minute <= 59 && second <= 59;
  const isRealOffset = offsetHours <= 23 && offsetMinutes <= 59;
  if (!isRealDay || !isRealTime || !isRealOffset) return null;
  const offset = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * MILLISECONDS_PER_MINUTE;
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offset;
}

function validateFields(
  record: unknown,
  fields: Record<string, { rule: FieldRule; isRequired: boolean }>,
  limits: Readonly<Record<string, number>>,
  location: RecordLocation,
): Record<string, unknown> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    fail(location, undefined, `must be an object, got ${typeName(record)}`);
  }
  const input = record as Record<string, unknown>;
  const output: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) fail(location, key, 'unknown field');
  }
  for (const [key, { rule, isRequired }] of Object.entries(fields)) {
    const value = input[key];
    if (value === undefined) {
      if (isRequired) fail(location, key, 'is required');
      continue;
    }
    const problem = rule(value) ?? (typeof value === 'string' ? textProblem(value, limits[key]) : null);
    if (problem !== null) fail(location, key, problem);
    output[key] = typeof value === 'string' ? toWellFormed(value) : value;
  }
  return output;
}

/** What is wrong with a text that passed its field's rule: a NUL character, or more characters than its column takes. */
function textProblem(text: string, maxLength: number | undefined): string | null {
  if (text.includes(NUL)) return NUL_PROBLEM;
  return maxLength !== undefined && text.length > maxLength ? `must be at most ${maxLength} characters, got ${text.length}` : null;
}

function normaliseInstant(text: string): string {
  return CANONICAL_UTC_INSTANT.test(text) ? text : new Date(isoInstantMilliseconds(text) as number).toISOString();
}

function fail(location: RecordLocation, field: string | undefined, problem: string): never {
  const subject = [location.label, field].filter((part) => part !== undefined).join('.');
  throw new IngestError(
    { file: location.file, line: location.line, field },
    subject === '' ? problem : `${subject} ${problem}`,
  );
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string'
    ? 'a string'
    : typeof value === 'object'
      ? 'an object'
      : `${typeof value} ${String(value)}`;
}
