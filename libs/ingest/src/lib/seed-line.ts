/** One line of a seed file with its 1-based line number, kept so errors can point at it. */
export interface SeedLine {
  text: string;
  lineNumber: number;
}

/** Whether a line holds nothing but whitespace (including no-break spaces). */
export function isBlank(line: SeedLine): boolean {
  return line.text.trim() === '';
}
