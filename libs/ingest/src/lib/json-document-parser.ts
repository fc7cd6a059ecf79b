import { IngestError } from './ingest-error';
import type { IngestBatch } from './ingest-batch';
import { JsonSyntaxError, readJson } from './json-reader';
import { validateArticleInput, validateCommentInput } from './validate-record';

const BYTE_ORDER_MARK = '\uFEFF';
const DOCUMENT_KEYS = ['articles', 'comments'];

/**
 * Parses a JSON import file `{ "articles": ArticleInput[], "comments": CommentInput[] }` (either key optional)
 * and validates every record; errors name the file, the line the bad record starts on and the field.
 */
export function parseJsonDocument(text: string, sourceFile: string): IngestBatch {
  const { value, elementLines } = readJsonOrFail(
    text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text,
    sourceFile,
  );
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IngestError(
      { file: sourceFile, line: 1 },
      'expected an object with "articles" and/or "comments" arrays',
    );
  }
  const document = value as Record<string, unknown>;
  for (const key of Object.keys(document)) {
    if (!DOCUMENT_KEYS.includes(key)) {
      throw new IngestError(
        { file: sourceFile, line: 1, field: key },
        `unknown top-level key "${key}" (expected "articles" and/or "comments")`,
      );
    }
  }
  const articles = recordsOf(document, 'articles', sourceFile);
  const comments = recordsOf(document, 'comments', sourceFile);
  const locate = (key: string, index: number) => ({
    file: sourceFile,
    line: elementLines.get(key)?.[index],
    label: `${key}[${index}]`,
  });
  return {
    articles: articles.map((record, index) => validateArticleInput(record, locate('articles', index))),
    comments: comments.map((record, index) => validateCommentInput(record, locate('comments', index))),
  };
}

function readJsonOrFail(text: string, sourceFile: string): ReturnType<typeof readJson> {
  try {
    return readJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new IngestError(
        { file: sourceFile, line: error.line },
        `invalid JSON at column ${error.column}: ${error.detail}`,
      );
    }
    throw error;
  }
}

function recordsOf(document: Record<string, unknown>, key: string, sourceFile: string): unknown[] {
  const records = document[key];
  if (records === undefined) return [];
  if (!Array.isArray(records)) {
    throw new IngestError({ file: sourceFile, line: 1, field: key }, `"${key}" must be an array`);
  }
  return records;
}
