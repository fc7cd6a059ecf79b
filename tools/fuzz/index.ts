/** Hostile text for fuzz specs: fragments, huge and deep inputs, invalid UTF-8, broken documents, chunk cuts. */
export * from './adversarial-text';
/** Run counts (TENOR_FUZZ_RUNS) and the per-target report (TENOR_FUZZ_REPORT_DIR) every fuzz spec writes. */
export * from './fuzz-report';
/** Import files (NDJSON, JSON, CSV) of generated articles and comments, clean or noisy. */
export * from './ingest-documents';
/** Inputs built from a regex to make it backtrack, and a search run the way code runs it. */
export * from './regex-attacks';
/** Regular expression sources as admins write (and break) them, and known hazards. */
export * from './regex-sources';
/** Timing-growth checks: the same work on n and 8n, asserting growth well below quadratic. */
export * from './timing-growth';
