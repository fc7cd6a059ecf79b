/** Where in a source file a problem was found: the file name and, when known, the 1-based line and the field. */
export interface IngestErrorLocation {
  file: string;
  line?: number;
  field?: string;
}

/** A problem in an input file; the message reads `file:line: detail` so it points straight at the culprit. */
export class IngestError extends Error {
  /** The source file name as passed to the parser. */
  readonly file: string;
  /** The 1-based line of the problem, when it is known. */
  readonly line?: number;
  /** The record field at fault, when the problem is a single field. */
  readonly field?: string;
  /** The detail without the `file:line:` prefix. */
  readonly detail: string;

  constructor(location: IngestErrorLocation, detail: string) {
    const prefix = location.line === undefined ? location.file : `${location.file}:${location.line}`;
    super(`${prefix}: ${detail}`);
    this.name = 'IngestError';
    this.file = location.file;
    this.line = location.line;
    this.field = location.field;
    this.detail = detail;
  }
}
