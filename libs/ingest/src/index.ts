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
/** CSV import files: a header row, then one comment (and optionally its article) per row. */
export { parseCsv, createCsvReader, CSV_REQUIRED_COLUMNS, CSV_OPTIONAL_COLUMNS } from './lib/csv-reader';
/** Streaming NDJSON/JSONL reader for input that arrives in chunks. */
export { createNdjsonReader } from './lib/ndjson-reader';
/** The shape every streaming reader shares, its outputs, options and line limit. */
export {
  MAX_LINE_LENGTH,
  type RecordReader,
  type ReaderOutput,
  type RecordReaderOptions,
} from './lib/record-reader';
/** Dispatch by file extension. */
export { parseFile, SUPPORTED_EXTENSIONS } from './lib/parse-file';
/** The record validators the JSON, NDJSON and CSV parsers use, for callers that get records another way. */
export {
  validateArticleInput,
  validateCommentInput,
  parseIsoInstant,
  type RecordLocation,
} from './lib/validate-record';
/** Europe/Berlin wall-clock conversion used for seed dates. */
export { berlinWallTimeToUtc, berlinDayStart, type BerlinWallTime } from './lib/berlin-time';
export { toWellFormed } from './lib/well-formed';
