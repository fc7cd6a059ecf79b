import { setFlagsFromString } from 'node:v8';

// V8 lets the old generation grow to as much as 4 times the live heap before a full collection when collections are
// quick. A bulk ingest keeps every batch alive across several awaits (read, scored in a worker, written), so each one
// is promoted to the old generation and the heap swells with garbage: ingesting 300k generated comments under ts-node
// peaked at 518-527 MB RSS. With a fixed factor of 2 the same ingest peaked at 413-419 MB, for the same CPU time
// (45-51 s of CPU either way).
const HEAP_GROWING_PERCENT = 100;

/**
 * Lets V8's heap grow to at most twice the live heap between full collections, for the whole process and its worker
 * threads. V8 reads this flag at every collection, so setting it at run time takes effect.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
