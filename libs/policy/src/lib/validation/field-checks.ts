/** Collects validation errors as "<field path>: <message>", the way the API reports class-validator's. */
export class ValidationErrors {
  readonly messages: string[] = [];

  add(path: string, message: string): void {
    this.messages.push(`${path}: ${message}`);
  }
}

/** A plain object (not null, not an array) whose keys can be read. */
export type FieldRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is FieldRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A child path: `parent.key`, or `key` at the root. */
export function childPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Reports keys that should not be there and required keys that are missing; returns whether every required key is
 * present (so the caller checks their values).
 */
export function checkKeys(
  errors: ValidationErrors,
  record: FieldRecord,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): boolean {
  for (const key of Object.keys(record))
    if (!required.includes(key) && !optional.includes(key))
      errors.add(childPath(path, key), 'should not exist');
  let hasAll = true;
  for (const key of required)
    if (!(key in record)) {
      errors.add(childPath(path, key), 'is required');
      hasAll = false;
    }
  return hasAll;
}

/** A finite number, or undefined after reporting why not. */
export function readNumber(errors: ValidationErrors, value: unknown, path: string): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  errors.add(path, 'must be a number');
  return undefined;
}

/** A string, or undefined after reporting why not. */
export function readString(errors: ValidationErrors, value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value;
  errors.add(path, 'must be a string');
  return undefined;
}

/**
 * A non-empty string without white space around it and at most `maxLength` long, or undefined after reporting the
 * first thing wrong with it.
 */
export function readTrimmedText(
  errors: ValidationErrors,
  value: unknown,
  path: string,
  maxLength: number,
): string | undefined {
  const text = readString(errors, value, path);
  if (text === undefined) return undefined;
  if (text.trim().length === 0) errors.add(path, 'must not be empty');
  else if (text.trim() !== text) errors.add(path, 'must not begin or end with white space');
  else if (text.length > maxLength)
    errors.add(path, `must be shorter than or equal to ${maxLength} characters`);
  else return text;
  return undefined;
}

/** One of the allowed values, or undefined after reporting them. */
export function readOneOf<T extends string>(
  errors: ValidationErrors,
  value: unknown,
  path: string,
  allowed: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  errors.add(path, `must be one of the following values: ${allowed.join(', ')}`);
  return undefined;
}
