import type { IngestBatch } from '../lib/ingest-batch';
import { IngestError } from '../lib/ingest-error';
import type { ReaderOutput } from '../lib/record-reader';
import { validateArticleInput, validateCommentInput } from '../lib/validate-record';

// Checks for the fuzz specs (not part of the public API). They throw plain errors rather than calling `expect`, since
// this folder is compiled with the library, which knows nothing of Jest.

/** The number of lines a parser counts in a text: LF, CRLF and CR each end one. */
export function lineCountOf(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** What a parse did: returned a value or threw. */
export type Outcome<T> = { value: T } | { error: unknown };

/** Runs a parse and keeps what it returned or threw, so the parse alone can be timed and the checks come after. */
export function outcomeOf<T>(parse: () => T): Outcome<T> {
  try {
    return { value: parse() };
  } catch (error) {
    return { error };
  }
}

/**
 * The value of a whole-file parse on hostile input, or undefined when it threw the documented error: an IngestError
 * naming the file and a line of the text (`file:line: detail`). Anything else thrown (a TypeError, a RangeError from a
 * blown stack) is thrown again and fails the property.
 */
export function valueOrIngestError<T>(outcome: Outcome<T>, file: string, lineCount: number): T | undefined {
  if ('value' in outcome) return outcome.value;
  checkIngestErrorAtLine(outcome.error, file, lineCount);
  return undefined;
}

/** Throws unless `error` is an IngestError for `file` whose line is within 1..lineCount and leads its message. */
export function checkIngestErrorAtLine(error: unknown, file: string, lineCount: number): void {
  if (!(error instanceof IngestError)) throw error;
  const { line } = error;
  check(error.file === file, `error names file "${error.file}", not "${file}"`, error);
  check(line !== undefined && Number.isInteger(line), 'error names no line', error);
  check(
    (line as number) >= 1 && (line as number) <= lineCount,
    `error line ${line} is outside 1..${lineCount}`,
    error,
  );
  check(error.message.startsWith(`${file}:${line}: `), 'error message does not start with file:line:', error);
  check(error.detail.trim().length > 0, 'error has no detail', error);
}

/** Throws unless every record of the batch passes validation again unchanged (so it is already normalised). */
export function checkValidRecords(batch: IngestBatch): void {
  for (const article of batch.articles) checkRevalidates(validateArticleInput, article);
  for (const comment of batch.comments) checkRevalidates(validateCommentInput, comment);
}

/**
 * Throws unless reader outputs keep their rules: lines within 1..lineCount and never going back, each error an
 * IngestError at its output's line, each record valid.
 */
export function checkWellFormedOutputs(
  outputs: readonly ReaderOutput[],
  file: string,
  lineCount: number,
): void {
  let previousLine = 1;
  for (const output of outputs) {
    check(output.line >= previousLine, `output line ${output.line} comes after line ${previousLine}`, output);
    previousLine = output.line;
    if ('error' in output) {
      checkIngestErrorAtLine(output.error, file, lineCount);
      check(output.error.line === output.line, 'error output at another line than its error', output);
    } else {
      check(
        output.line <= lineCount,
        `output line ${output.line} is past the last line ${lineCount}`,
        output,
      );
      if (output.kind === 'article') checkRevalidates(validateArticleInput, output.article);
      else checkRevalidates(validateCommentInput, output.comment);
    }
  }
}

/** Throws with the offending value when the condition does not hold. */
export function check(condition: boolean, problem: string, value?: unknown): asserts condition {
  if (!condition) throw new Error(`${problem}${value === undefined ? '' : `: ${preview(value)}`}`);
}

function checkRevalidates<T extends object>(
  validate: (record: unknown, location: { file: string }) => T,
  record: T,
): void {
  const again = validate(record, { file: 'check' }) as Record<string, unknown>;
  const fields = record as Record<string, unknown>;
  const isSame =
    Object.keys(again).length === Object.keys(fields).length &&
    Object.keys(fields).every((key) => Object.is(again[key], fields[key]));
  check(isSame, 'a parsed record changes when validated again', record);
}

function preview(value: unknown): string {
  const text =
    value instanceof Error ? `${value.name}: ${value.message}` : (JSON.stringify(value) ?? String(value));
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
