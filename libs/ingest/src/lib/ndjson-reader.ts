import { IngestError } from './ingest-error';
import { parseNdjsonLine } from './ndjson-parser';
import {
  maxLineLengthOf,
  type ReaderOutput,
  type RecordReader,
  type RecordReaderOptions,
} from './record-reader';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A streaming NDJSON/JSONL reader: lines end in LF, CRLF or CR (as in `parseNdjson`), blank lines are skipped,
 * a bad line becomes an error output and reading goes on with the next one.
 */
export function createNdjsonReader(sourceFile: string, options: RecordReaderOptions = {}): RecordReader {
  return new NdjsonReader(sourceFile, maxLineLengthOf(options));
}

class NdjsonReader implements RecordReader {
  /** The unfinished line, in the pieces it arrived in, joined once the line is complete. */
  private lineParts: string[] = [];
  private lineLength = 0;
  private lineNumber = 1;
  private isAtInputStart = true;
  private isAfterCarriageReturn = false;
  /** Whether the current line went over the limit: its error is out and its text is dropped until its end. */
  private isSkippingLine = false;
  private isEnded = false;

  constructor(
    private readonly sourceFile: string,
    private readonly maxLineLength: number,
  ) {}

  push(chunk: string): ReaderOutput[] {
    if (this.isEnded) throw new Error(`${this.sourceFile}: push after end of the NDJSON reader`);
    const outputs: ReaderOutput[] = [];
    let position = 0;
    if (this.isAtInputStart && chunk.length > 0) {
      this.isAtInputStart = false;
      if (chunk.startsWith(BYTE_ORDER_MARK)) position = BYTE_ORDER_MARK.length;
    }
    if (this.isAfterCarriageReturn && position < chunk.length) {
      this.isAfterCarriageReturn = false;
      if (chunk[position] === '\n') position++;
    }
    // The next LF and CR positions are looked up again only once passed, so each chunk is scanned once.
    let nextLineFeed = chunk.indexOf('\n', position);
    let nextCarriageReturn = chunk.indexOf('\r', position);
    while (position < chunk.length) {
      if (nextLineFeed !== -1 && nextLineFeed < position) nextLineFeed = chunk.indexOf('\n', position);
      if (nextCarriageReturn !== -1 && nextCarriageReturn < position) {
        nextCarriageReturn = chunk.indexOf('\r', position);
      }
      const lineEnd =
        nextLineFeed === -1
          ? nextCarriageReturn
          : nextCarriageReturn === -1
            ? nextLineFeed
            : Math.min(nextLineFeed, nextCarriageReturn);
      if (lineEnd === -1) {
        this.append(chunk.slice(position), outputs);
        break;
      }
      this.append(chunk.slice(position, lineEnd), outputs);
      this.finishLine(outputs);
      position = lineEnd + 1;
      if (chunk[lineEnd] === '\r') {
        if (position === chunk.length) this.isAfterCarriageReturn = true;
        else if (chunk[position] === '\n') position++;
      }
    }
    return outputs;
  }

  end(): ReaderOutput[] {
    if (this.isEnded) throw new Error(`${this.sourceFile}: end called twice on the NDJSON reader`);
    this.isEnded = true;
    const outputs: ReaderOutput[] = [];
    if (this.lineLength > 0 || this.isSkippingLine) this.finishLine(outputs);
    return outputs;
  }

  private append(text: string, outputs: ReaderOutput[]): void {
    if (this.isSkippingLine || text === '') return;
    this.lineLength += text.length;
    if (this.lineLength > this.maxLineLength) {
      const location = { file: this.sourceFile, line: this.lineNumber };
      outputs.push({
        line: this.lineNumber,
        error: new IngestError(location, `line is longer than ${this.maxLineLength} characters`),
      });
      this.isSkippingLine = true;
      this.lineParts = [];
      return;
    }
    this.lineParts.push(text);
  }

  private finishLine(outputs: ReaderOutput[]): void {
    const lineNumber = this.lineNumber;
    const line = this.lineParts.join('');
    const wasSkipped = this.isSkippingLine;
    this.lineParts = [];
    this.lineLength = 0;
    this.isSkippingLine = false;
    this.lineNumber++;
    if (wasSkipped) return;
    try {
      const record = parseNdjsonLine(line, lineNumber, this.sourceFile);
      if (record?.kind === 'article')
        outputs.push({ line: lineNumber, kind: 'article', article: record.article });
      if (record?.kind === 'comment')
        outputs.push({ line: lineNumber, kind: 'comment', comment: record.comment });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      outputs.push({ line: lineNumber, error });
    }
  }
}
