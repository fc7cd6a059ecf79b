const BYTE_ORDER_MARK = '\uFEFF';

/** Splits a text into lines, dropping a leading byte order mark and accepting LF, CRLF and CR line ends. */
export function splitLines(text: string): string[] {
  const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  return withoutBom.split(/\r\n|\r|\n/);
}

/** The last path segment of a file name, so `seeds/002_x.txt` and `seeds\002_x.txt` both give `002_x.txt`. */
export function baseName(fileName: string): string {
  const segments = fileName.split(/[\\/]/);
  return segments[segments.length - 1];
}

/** The file name without its last extension: `002_x.txt` gives `002_x`. */
export function stripExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
