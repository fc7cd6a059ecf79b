import { IngestError } from './ingest-error';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BYTE_ORDER_MARK = '\uFEFF';

/** One CSV row as cells, or the problem that made it unreadable; `line` is the 1-based line the row starts on. */
export type CsvRowOutput = { line: number; cells: string[] } | { line: number; error: IngestError };

type SplitterState = 'betweenRows' | 'fieldStart' | 'unquoted' | 'quoted' | 'afterQuoteInQuoted';

/**
 * Splits CSV text (RFC 4180: comma, `"` quoting with `""` escapes, line breaks inside quotes) arriving in
 * chunks into rows of cells. Rows end in CRLF, LF or CR; a line break inside a quoted field is kept as LF.
 * Empty and whitespace-only lines outside quotes are skipped. It holds only the unfinished row, and
 * drops one longer than `maxRowLength` after reporting it.
 */
export class CsvRowSplitter {
  private state: SplitterState = 'betweenRows';
  private line = 1;
  private isAtInputStart = true;
  private isAfterCarriageReturn = false;
  private isEnded = false;
  private rowLine = 0;
  private rowLength = 0;
  private fieldLine = 0;
  private cells: string[] = [];
  private fieldParts: string[] = [];
  private hasQuotedField = false;
  /** The first problem of the current row, reported when the row ends. */
  private rowError: IngestError | null = null;
  /** Whether the current row was reported as too long: its text is dropped until its end. */
  private isRowDropped = false;

  constructor(
    private readonly sourceFile: string,
    private readonly maxRowLength: number,
  ) {}

  /** Reads the next chunk; returns the rows it completed. */
  push(chunk: string): CsvRowOutput[] {
    if (this.isEnded) throw new Error(`${this.sourceFile}: push after end of the CSV reader`);
    const outputs: CsvRowOutput[] = [];
    let position = 0;
    if (this.isAtInputStart && chunk.length > 0) {
      this.isAtInputStart = false;
      if (chunk.startsWith(BYTE_ORDER_MARK)) position = BYTE_ORDER_MARK.length;
    }
    while (position < chunk.length) {
      if (this.isAfterCarriageReturn) {
        this.isAfterCarriageReturn = false;
        if (chunk.charCodeAt(position) === LINE_FEED) {
          position++;
          continue;
        }
      }
      position = this.step(chunk, position, outputs);
    }
    return outputs;
  }

  /** Ends the input; returns the last row, or an error when it ends inside a quoted field. */
  end(): CsvRowOutput[] {
    if (this.isEnded) throw new Error(`${this.sourceFile}: end called twice on the CSV reader`);
    this.isEnded = true;
    const outputs: CsvRowOutput[] = [];
    if (this.state === 'betweenRows') return outputs;
    if (this.state === 'quoted') {
      this.failRow('quoted field is not closed by the end of the input', this.fieldLine);
    }
    this.closeField();
    this.finishRow(outputs);
    return outputs;
  }

  private step(chunk: string, position: number, outputs: CsvRowOutput[]): number {
    const code = chunk.charCodeAt(position);
    switch (this.state) {
      case 'betweenRows':
        if (isLineBreak(code)) {
          this.endLine(code);
          return position + 1;
        }
        this.startRow();
        return position;
      case 'fieldStart':
        if (code !== QUOTE) {
          this.state = 'unquoted';
          return position;
        }
        this.state = 'quoted';
        this.fieldLine = this.line;
        this.hasQuotedField = true;
        this.count(1, outputs);
        return position + 1;
      case 'unquoted':
        return this.readUnquoted(chunk, position, outputs);
      case 'quoted':
        return this.readQuoted(chunk, position, outputs);
      case 'afterQuoteInQuoted':
        return this.readAfterQuote(chunk, position, outputs);
    }
  }

  private readUnquoted(chunk: string, start: number, outputs: CsvRowOutput[]): number {
    let end = start;
    while (end < chunk.length && !isUnquotedFieldEnd(chunk.charCodeAt(end))) end++;
    this.append(chunk, start, end, outputs);
    if (end === chunk.length) return end;
    const code = chunk.charCodeAt(end);
    if (code === QUOTE) {
      this.failRow(
        `quote inside the unquoted field ${this.cells.length + 1}: enclose the field in quotes and double the quotes inside`,
      );
      this.append(chunk, end, end + 1, outputs);
      return end + 1;
    }
    this.endField(code, outputs);
    return end + 1;
  }

  private readQuoted(chunk: string, start: number, outputs: CsvRowOutput[]): number {
    let end = start;
    while (end < chunk.length && !isQuotedFieldStop(chunk.charCodeAt(end))) end++;
    this.append(chunk, start, end, outputs);
    if (end === chunk.length) return end;
    const code = chunk.charCodeAt(end);
    this.count(1, outputs);
    if (code === QUOTE) {
      this.state = 'afterQuoteInQuoted';
    } else {
      if (!this.isRowDropped) this.fieldParts.push('\n');
      this.endLine(code);
    }
    return end + 1;
  }

  private readAfterQuote(chunk: string, position: number, outputs: CsvRowOutput[]): number {
    const code = chunk.charCodeAt(position);
    if (code === QUOTE) {
      this.append(chunk, position, position + 1, outputs);
      this.state = 'quoted';
      return position + 1;
    }
    if (code === COMMA || isLineBreak(code)) {
      this.endField(code, outputs);
      return position + 1;
    }
    this.failRow(
      `unexpected ${JSON.stringify(chunk[position])} after the closing quote of field ${this.cells.length + 1}`,
    );
    this.state = 'unquoted';
    return position;
  }

  private startRow(): void {
    this.state = 'fieldStart';
    this.rowLine = this.line;
    this.rowLength = 0;
    this.hasQuotedField = false;
    this.rowError = null;
    this.isRowDropped = false;
  }

  /** Ends a field at a comma (the row goes on) or a line break (the row ends). */
  private endField(terminator: number, outputs: CsvRowOutput[]): void {
    this.closeField();
    if (terminator === COMMA) {
      this.count(1, outputs);
      this.state = 'fieldStart';
      return;
    }
    this.finishRow(outputs);
    this.endLine(terminator);
  }

  private closeField(): void {
    if (!this.isRowDropped) this.cells.push(this.fieldParts.join(''));
    this.fieldParts = [];
  }

  private finishRow(outputs: CsvRowOutput[]): void {
    const cells = this.cells;
    this.cells = [];
    this.state = 'betweenRows';
    if (this.isRowDropped) return;
    if (this.rowError !== null) {
      outputs.push({ line: this.rowError.line ?? this.rowLine, error: this.rowError });
      return;
    }
    const isBlankLine = !this.hasQuotedField && cells.length === 1 && cells[0].trim() === '';
    if (!isBlankLine) outputs.push({ line: this.rowLine, cells });
  }

  private endLine(lineBreak: number): void {
    this.line++;
    this.isAfterCarriageReturn = lineBreak === CARRIAGE_RETURN;
  }

  private append(chunk: string, start: number, end: number, outputs: CsvRowOutput[]): void {
    if (start === end) return;
    this.count(end - start, outputs);
    if (!this.isRowDropped) this.fieldParts.push(chunk.slice(start, end));
  }

  /** Counts characters of the current row, and reports and drops the row once it is over the limit. */
  private count(characters: number, outputs: CsvRowOutput[]): void {
    this.rowLength += characters;
    if (this.isRowDropped || this.rowLength <= this.maxRowLength) return;
    // A quoted field that has run over line breaks past the limit is most likely a quote never closed.
    const hint = this.state === 'quoted' && this.line > this.fieldLine ? ' (is a quote left open?)' : '';
    const detail = `row is longer than ${this.maxRowLength} characters${hint}`;
    outputs.push({
      line: this.rowLine,
      error: new IngestError({ file: this.sourceFile, line: this.rowLine }, detail),
    });
    this.isRowDropped = true;
    this.cells = [];
    this.fieldParts = [];
  }

  private failRow(detail: string, line = this.rowLine): void {
    if (this.rowError === null) this.rowError = new IngestError({ file: this.sourceFile, line }, detail);
  }
}

function isLineBreak(code: number): boolean {
  return code === LINE_FEED || code === CARRIAGE_RETURN;
}

function isUnquotedFieldEnd(code: number): boolean {
  return code === COMMA || code === QUOTE || code === LINE_FEED || code === CARRIAGE_RETURN;
}

function isQuotedFieldStop(code: number): boolean {
  return code === QUOTE || code === LINE_FEED || code === CARRIAGE_RETURN;
}
