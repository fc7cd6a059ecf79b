import type { ArticleInput, CommentInput } from '@tenor/contracts';
import type { IngestBatch } from './ingest-batch';
import type { IngestError } from './ingest-error';

// A generous bound for one record: the longest line in data/seeds has about 1 500 characters and the largest
// seed file under 8 000, while a million UTF-16 code units (2 MB in memory) still keeps one hostile line from
// exhausting a server.
/** The longest line (CSV: row) a streaming reader keeps, in UTF-16 code units; a longer one becomes an error. */
export const MAX_LINE_LENGTH = 1_000_000;

/** What a streaming reader produces, in input order: a record or the problem of one line, each with its 1-based line. */
export type ReaderOutput =
  | { line: number; kind: 'article'; article: ArticleInput }
  | { line: number; kind: 'comment'; comment: CommentInput }
  | { line: number; error: IngestError };

/** A push-style parser for text arriving in chunks of any size; it holds at most the unfinished line or row. */
export interface RecordReader {
  /** Feeds the next chunk of text; returns the records and per-line errors completed by it, in input order. */
  push(chunk: string): ReaderOutput[];
  /** Ends the input; returns what the last chunk left open (or an error for an unterminated quote). */
  end(): ReaderOutput[];
}

/** Settings of a streaming reader. */
export interface RecordReaderOptions {
  /** The longest line (CSV: row) kept, in UTF-16 code units, without its line break; default `MAX_LINE_LENGTH`. */
  maxLineLength?: number;
}

/** Collects reader outputs into a batch, throwing the first error (what the whole-file parsers do). */
export function batchOf(outputs: Iterable<ReaderOutput>): IngestBatch {
  const batch: IngestBatch = { articles: [], comments: [] };
  for (const output of outputs) {
    if ('error' in output) throw output.error;
    if (output.kind === 'article') batch.articles.push(output.article);
    else batch.comments.push(output.comment);
  }
  return batch;
}

/** The line limit of a reader, refusing one that could never hold a record. */
export function maxLineLengthOf(options: RecordReaderOptions): number {
  const maxLineLength = options.maxLineLength ?? MAX_LINE_LENGTH;
  if (!Number.isInteger(maxLineLength) || maxLineLength < 1) {
    throw new RangeError(`maxLineLength must be a positive integer, got ${maxLineLength}`);
  }
  return maxLineLength;
}
