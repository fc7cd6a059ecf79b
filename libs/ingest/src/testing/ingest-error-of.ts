import { IngestError } from '../lib/ingest-error';

/** Runs a parser call that must fail and returns its IngestError (for specs; not part of the public API). */
export function ingestErrorOf(action: () => unknown): IngestError {
  try {
    action();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError, nothing was thrown');
}
