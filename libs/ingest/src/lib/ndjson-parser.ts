import type { ArticleInput, CommentInput } from '@tenor/contracts';
import { IngestError } from './ingest-error';
import type { IngestBatch } from './ingest-batch';
import { JsonSyntaxError, readJson } from './json-reader';
import { splitLines } from './text-lines';
import { validateArticleInput, validateCommentInput } from './validate-record';

const BYTE_ORDER_MARK = '\uFEFF';

/** One NDJSON record: an article or a comment, told apart by its `kind`. */
export type NdjsonRecord =
  { kind: 'article'; article: ArticleInput } | { kind: 'comment'; comment: CommentInput };

/**
 * Parses one NDJSON line (`{"kind":"article",…}` or `{"kind":"comment",…}`); null for a blank line.
 * `lineNumber` is 1-based and only used in errors, so a streaming reader can feed lines as they arrive.
 */
export function parseNdjsonLine(line: string, lineNumber: number, sourceFile: string): NdjsonRecord | null {
  if (line.trim() === '') return null;
  const location = { file: sourceFile, line: lineNumber };
  let value: unknown;
  try {
    value = readJson(line.startsWith(BYTE_ORDER_MARK) ? line.slice(1) : line).value;
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new IngestError(location, `invalid JSON at column ${error.column}: ${error.detail}`);
    }
    throw error;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IngestError(location, 'expected a JSON object per line');
  }
  const { kind, ...fields } = value as Record<string, unknown>;
  if (kind === 'article') return { kind, article: validateArticleInput(fields, location) };
  if (kind === 'comment') return { kind, comment: validateCommentInput(fields, location) };
  throw new IngestError(
    { ...location, field: 'kind' },
    `kind must be "article" or "comment", got ${kind === undefined ? 'nothing' : JSON.stringify(kind)}`,
  );
}

/** Parses a whole NDJSON file (one record per line, blank lines ignored; `.jsonl` is the same format). */
export function parseNdjson(text: string, sourceFile: string): IngestBatch {
  const batch: IngestBatch = { articles: [], comments: [] };
  splitLines(text).forEach((line, index) => {
    const record = parseNdjsonLine(line, index + 1, sourceFile);
    if (record?.kind === 'article') batch.articles.push(record.article);
    if (record?.kind === 'comment') batch.comments.push(record.comment);
  });
  return batch;
}
