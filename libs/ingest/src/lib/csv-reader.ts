import type { ArticleInput, CommentInput } from '@tenor/contracts';
import { CsvRowSplitter, type CsvRowOutput } from './csv-row-splitter';
import { IngestError } from './ingest-error';
import type { IngestBatch } from './ingest-batch';
import {
  batchOf,
  maxLineLengthOf,
  type ReaderOutput,
  type RecordReader,
  type RecordReaderOptions,
} from './record-reader';
import { validateArticleInput, validateCommentInput, type RecordLocation } from './validate-record';

/** The columns every CSV import needs: one comment per row. */
export const CSV_REQUIRED_COLUMNS = [
  'externalId',
  'articleExternalId',
  'author',
  'postedAt',
  'body',
] as const;

const OPTIONAL_COMMENT_COLUMNS = ['title', 'language'] as const;
/** The article field each article column fills; `articleExternalId` gives the article's `externalId`. */
const ARTICLE_FIELD_BY_COLUMN = {
  articleTitle: 'title',
  articleUrl: 'url',
  articlePublishedAt: 'publishedAt',
  articleSection: 'section',
} as const satisfies Record<string, keyof ArticleInput>;
const ARTICLE_DETAIL_COLUMNS = ['articleUrl', 'articlePublishedAt', 'articleSection'] as const;

/** The columns a CSV import may add: comment title and language, and the article of the row. */
export const CSV_OPTIONAL_COLUMNS = [
  ...OPTIONAL_COMMENT_COLUMNS,
  'articleTitle',
  'articleUrl',
  'articlePublishedAt',
  'articleSection',
] as const;

const KNOWN_COLUMNS: readonly string[] = [...CSV_REQUIRED_COLUMNS, ...CSV_OPTIONAL_COLUMNS];

/** Where each header column is, by name. */
interface CsvLayout {
  columnIndex: Map<string, number>;
  columnCount: number;
}

/**
 * A streaming CSV reader: a header row, then one comment per row (plus its article when `articleTitle` is
 * filled). A bad row becomes an error output and reading goes on; a bad header is thrown, as nothing
 * sensible can follow it.
 */
export function createCsvReader(sourceFile: string, options: RecordReaderOptions = {}): RecordReader {
  return new CsvReader(sourceFile, maxLineLengthOf(options));
}

/** Parses a whole CSV import file (see `createCsvReader`); the first bad row throws. */
export function parseCsv(text: string, sourceFile: string): IngestBatch {
  const reader = createCsvReader(sourceFile);
  return batchOf([...reader.push(text), ...reader.end()]);
}

class CsvReader implements RecordReader {
  private readonly rows: CsvRowSplitter;
  private layout: CsvLayout | null = null;
  private headerError: IngestError | null = null;

  constructor(
    private readonly sourceFile: string,
    maxLineLength: number,
  ) {
    this.rows = new CsvRowSplitter(sourceFile, maxLineLength);
  }

  push(chunk: string): ReaderOutput[] {
    if (this.headerError !== null) throw this.headerError;
    return this.recordsOfRows(this.rows.push(chunk));
  }

  end(): ReaderOutput[] {
    if (this.headerError !== null) throw this.headerError;
    const outputs = this.recordsOfRows(this.rows.end());
    if (this.layout === null) this.failHeader(1, undefined, 'missing header row');
    return outputs;
  }

  private recordsOfRows(rows: CsvRowOutput[]): ReaderOutput[] {
    const outputs: ReaderOutput[] = [];
    for (const row of rows) {
      if (this.layout === null) {
        if ('error' in row) this.failHeader(row.line, row.error.field, row.error.detail);
        else this.layout = this.readHeader(row.line, row.cells);
      } else if ('error' in row) {
        outputs.push(row);
      } else {
        try {
          outputs.push(...this.recordsOfRow(this.layout, row.line, row.cells));
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          outputs.push({ line: row.line, error });
        }
      }
    }
    return outputs;
  }

  private readHeader(line: number, columns: string[]): CsvLayout {
    const columnIndex = new Map<string, number>();
    columns.forEach((column, index) => {
      if (!KNOWN_COLUMNS.includes(column)) {
        this.failHeader(
          line,
          column,
          `unknown column ${JSON.stringify(column)} (expected ${KNOWN_COLUMNS.join(', ')})`,
        );
      }
      if (columnIndex.has(column)) this.failHeader(line, column, `column "${column}" appears twice`);
      columnIndex.set(column, index);
    });
    const missing = CSV_REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
    if (missing.length > 0) {
      this.failHeader(
        line,
        undefined,
        `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      );
    }
    for (const column of ARTICLE_DETAIL_COLUMNS) {
      if (columnIndex.has(column) && !columnIndex.has('articleTitle')) {
        this.failHeader(line, column, `column "${column}" needs the articleTitle column`);
      }
    }
    return { columnIndex, columnCount: columns.length };
  }

  private recordsOfRow(layout: CsvLayout, line: number, cells: string[]): ReaderOutput[] {
    const location: RecordLocation = { file: this.sourceFile, line };
    if (cells.length !== layout.columnCount) {
      throw new IngestError(
        location,
        `row has ${cells.length} cell${cells.length === 1 ? '' : 's'}, the header has ${layout.columnCount} columns`,
      );
    }
    const cell = (column: string): string => {
      const index = layout.columnIndex.get(column);
      return index === undefined ? '' : cells[index];
    };
    const commentFields: Record<string, string> = {};
    for (const column of CSV_REQUIRED_COLUMNS) commentFields[column] = cell(column);
    for (const column of OPTIONAL_COMMENT_COLUMNS) {
      if (cell(column) !== '') commentFields[column] = cell(column);
    }
    const comment: CommentInput = validateCommentInput(commentFields, location);
    const commentOutput: ReaderOutput = { line, kind: 'comment', comment };
    if (cell('articleTitle') === '') {
      const strayColumn = ARTICLE_DETAIL_COLUMNS.find((column) => cell(column) !== '');
      if (strayColumn !== undefined) {
        throw new IngestError(
          { ...location, field: strayColumn },
          `${strayColumn} needs articleTitle on the same row`,
        );
      }
      return [commentOutput];
    }
    const articleFields: Record<string, string> = { externalId: comment.articleExternalId };
    for (const [column, field] of Object.entries(ARTICLE_FIELD_BY_COLUMN)) {
      if (cell(column) !== '') articleFields[field] = cell(column);
    }
    return [
      { line, kind: 'article', article: validateArticleColumns(articleFields, location) },
      commentOutput,
    ];
  }

  private failHeader(line: number, field: string | undefined, detail: string): never {
    this.headerError = new IngestError({ file: this.sourceFile, line, field }, detail);
    throw this.headerError;
  }
}

/** Validates the article of a row, naming the CSV column (`articleUrl`) rather than the field (`url`) in errors. */
function validateArticleColumns(fields: Record<string, string>, location: RecordLocation): ArticleInput {
  try {
    return validateArticleInput(fields, location);
  } catch (error) {
    if (!(error instanceof IngestError) || error.field === undefined) throw error;
    const column = columnOfArticleField(error.field);
    // validate-record words a detail as `<field> <problem>` when no label is given.
    if (column === undefined || !error.detail.startsWith(`${error.field} `)) throw error;
    throw new IngestError(
      { file: location.file, line: location.line, field: column },
      `${column}${error.detail.slice(error.field.length)}`,
    );
  }
}

function columnOfArticleField(field: string): string | undefined {
  if (field === 'externalId') return 'articleExternalId';
  return Object.entries(ARTICLE_FIELD_BY_COLUMN).find(([, articleField]) => articleField === field)?.[0];
}
