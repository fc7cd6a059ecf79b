import type { ReaderOutput, RecordReader } from '../lib/record-reader';

/** A reader output with its error reduced to plain data, so outputs of different runs compare with `toEqual`. */
export type ComparableOutput =
  | Exclude<ReaderOutput, { error: unknown }>
  | { line: number; error: { message: string; line?: number; field?: string } };

/** Feeds the chunks to a fresh reader, ends it, and returns every output in order (for specs; not part of the public API). */
export function readChunks(reader: RecordReader, chunks: Iterable<string>): ComparableOutput[] {
  const outputs: ReaderOutput[] = [];
  for (const chunk of chunks) outputs.push(...reader.push(chunk));
  outputs.push(...reader.end());
  return outputs.map(comparable);
}

/** A reader output with its error reduced to message, line and field. */
export function comparable(output: ReaderOutput): ComparableOutput {
  if (!('error' in output)) return output;
  const { message, line, field } = output.error;
  return { line: output.line, error: { message, line, field } };
}

/** The text cut into pieces of `size` characters (the last one shorter). */
export function chunksOf(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size));
  return chunks;
}

/** The `[first, second]` split points at which reading `text` in three chunks differs from reading it whole. */
export function splitPairsThatDiffer(
  text: string,
  read: (chunks: string[]) => ComparableOutput[],
): number[][] {
  const expected = JSON.stringify(read([text]));
  const differing: number[][] = [];
  for (let first = 0; first <= text.length; first++) {
    for (let second = first; second <= text.length; second++) {
      const chunks = [text.slice(0, first), text.slice(first, second), text.slice(second)];
      if (JSON.stringify(read(chunks)) !== expected) differing.push([first, second]);
    }
  }
  return differing;
}

/** One output as a short line for readable expectations: `line kind` or `line error message`. */
export function describeOutput(output: ComparableOutput): string {
  return 'error' in output ? `${output.line} ${output.error.message}` : `${output.line} ${output.kind}`;
}

/** The split points at which reading `text` in two chunks differs from reading it whole. */
export function splitsThatDiffer(text: string, read: (chunks: string[]) => ComparableOutput[]): number[] {
  const expected = JSON.stringify(read([text]));
  const differing: number[] = [];
  for (let split = 0; split <= text.length; split++) {
    if (JSON.stringify(read([text.slice(0, split), text.slice(split)])) !== expected) differing.push(split);
  }
  return differing;
}

/** The chunk sizes from 1 to 16 (also with an empty chunk before each) at which reading `text` differs from reading it whole. */
export function chunkSizesThatDiffer(text: string, read: (chunks: string[]) => ComparableOutput[]): string[] {
  const expected = JSON.stringify(read([text]));
  const differing: string[] = [];
  for (let size = 1; size <= 16; size++) {
    if (JSON.stringify(read(chunksOf(text, size))) !== expected) differing.push(`${size}`);
    if (JSON.stringify(read(chunksOf(text, size).flatMap((chunk) => ['', chunk]))) !== expected)
      differing.push(`${size} with empty chunks`);
  }
  return differing;
}
