import { parseCsv } from './csv-reader';
import { IngestError } from './ingest-error';
import type { IngestBatch } from './ingest-batch';
import { parseJsonDocument } from './json-document-parser';
import { parseNdjson } from './ndjson-parser';
import { parseSeedText } from './seed-text-parser';
import { baseName } from './text-lines';

/** The file extensions `parseFile` understands, lower case. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.json', '.ndjson', '.jsonl', '.csv'] as const;

/** Parses an import file by its extension: `.txt` seed text, `.json` document, `.ndjson`/`.jsonl` lines, `.csv` rows. */
export function parseFile(name: string, text: string): IngestBatch {
  const fileName = baseName(name);
  const dot = fileName.lastIndexOf('.');
  const extension = dot <= 0 ? '' : fileName.slice(dot).toLowerCase();
  switch (extension) {
    case '.txt': {
      const { article, comments } = parseSeedText(text, name);
      return { articles: [article], comments };
    }
    case '.json':
      return parseJsonDocument(text, name);
    case '.ndjson':
    case '.jsonl':
      return parseNdjson(text, name);
    case '.csv':
      return parseCsv(text, name);
    default:
      throw new IngestError(
        { file: name },
        `unsupported file type "${extension || '(none)'}", expected one of ${SUPPORTED_EXTENSIONS.join(', ')}`,
      );
  }
}
