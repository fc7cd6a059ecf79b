/** The error every parser throws for bad input, with the file, line and field at fault. */
export { IngestError, type IngestErrorLocation } from './lib/ingest-error';
/** Articles and comments parsed from one import file. */
export type { IngestBatch } from './lib/ingest-batch';
/** The scraped seed text format: an article with its comments. */
export { parseSeedText, type ParsedDocument } from './lib/seed-text-parser';
/** `{ "articles": [...], "comments": [...] }` JSON import files. */
export { parseJsonDocument } from './lib/json-document-parser';
/** NDJSON/JSONL import files, whole or one line at a time. */
export { parseNdjson, parseNdjsonLine, type NdjsonRecord } from './lib/ndjson-parser';
/** Dispatch by file extension. */
export { parseFile, SUPPORTED_EXTENSIONS } from './lib/parse-file';
/** The record validators the JSON and NDJSON parsers use, for callers that get records another way. */
export {
  validateArticleInput,
  validateCommentInput,
  parseIsoInstant,
  type RecordLocation,
} from './lib/validate-record';
/** Europe/Berlin wall-clock conversion used for seed dates. */
export { berlinWallTimeToUtc, berlinDayStart, type BerlinWallTime } from './lib/berlin-time';
