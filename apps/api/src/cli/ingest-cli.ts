import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { IngestReport } from '@tenor/contracts';
import { createCsvReader, createNdjsonReader, IngestError, parseFile, type ReaderOutput, type RecordReader } from '@tenor/ingest';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeDatabase, loadAppConfig } from '../config/app.config';
import { BulkIngestService } from '../ingest/bulk-ingest.service';
import { IngestCheckpoint } from './ingest-checkpoint';
import { IngestCliModule } from './ingest-cli.module';
import { IngestProgress } from './ingest-progress';

const USAGE = `usage: npm run ingest -- <file|folder>... [--restart]
Reads seed text (.txt), NDJSON (.ndjson, .jsonl), JSON (.json) and CSV (.csv) into TENOR_DATABASE_PATH
(default data/tenor.sqlite). Streams NDJSON and CSV with a progress line, and resumes an interrupted file from
its checkpoint (<file>.tenor-ingest.json) unless --restart is given. Re-running is safe: nothing is stored twice.`;

const STREAMED: Record<string, (file: string) => RecordReader> = {
  '.ndjson': createNdjsonReader,
  '.jsonl': createNdjsonReader,
  '.csv': createCsvReader,
};
const WHOLE = new Set(['.txt', '.json']);

function filesOf(paths: string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => STREAMED[extname(name).toLowerCase()] || WHOLE.has(extname(name).toLowerCase()))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

/** Decoded chunks of a file, counting the bytes read for the progress line. */
async function* fileChunks(path: string, onBytes: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    bytes += (chunk as Buffer).length;
    onBytes(bytes);
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  yield decoder.decode();
}

/** A reader that drops what an earlier, interrupted run already committed. */
function skippingReader(reader: RecordReader, resumeAfterLine: number): RecordReader {
  const keep = (outputs: ReaderOutput[]) => outputs.filter((output) => output.line > resumeAfterLine);
  return { push: (chunk) => keep(reader.push(chunk)), end: () => keep(reader.end()) };
}

async function ingestFile(bulk: BulkIngestService, path: string, isRestart: boolean): Promise<IngestReport> {
  const extension = extname(path).toLowerCase();
  const makeReader = STREAMED[extension];
  if (!makeReader) {
    if (!WHOLE.has(extension)) throw new IngestError({ file: basename(path) }, `unsupported file type ${extension || '(none)'}`);
    const batch = parseFile(basename(path), readFileSync(path, 'utf8'));
    return bulk.ingestRecords([
      ...batch.articles.map((article): ReaderOutput => ({ line: 0, kind: 'article', article })),
      ...batch.comments.map((comment): ReaderOutput => ({ line: 0, kind: 'comment', comment })),
    ]);
  }
  const checkpoint = new IngestCheckpoint(path);
  const resumeAfterLine = isRestart ? 0 : checkpoint.resumeLine();
  if (resumeAfterLine > 0) console.error(`${basename(path)}: resuming after line ${resumeAfterLine.toLocaleString('en')}`);
  const progress = new IngestProgress(basename(path), statSync(path).size);
  let bytesRead = 0;
  let stored = 0;
  const report = await bulk.ingestStream(
    fileChunks(path, (bytes) => (bytesRead = bytes)),
    skippingReader(makeReader(basename(path)), resumeAfterLine),
    (committedLine, soFar) => {
      checkpoint.save(Math.max(committedLine, resumeAfterLine));
      stored = soFar.commentsCreated + soFar.commentsUpdated + soFar.commentsUnchanged;
      progress.update(bytesRead, stored);
    },
  );
  progress.update(bytesRead, stored, true);
  checkpoint.clear();
  return report;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { restart: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help || positionals.length === 0) throw new Error(USAGE);
  const config = loadAppConfig(process.env, process.cwd(), { isSeedOnEmpty: false });
  const app = await NestFactory.createApplicationContext(IngestCliModule.register(config), { logger: ['error', 'warn'], abortOnError: false });
  try {
    const bulk = app.get(BulkIngestService);
    const total: IngestReport = { articlesCreated: 0, commentsCreated: 0, commentsUpdated: 0, commentsUnchanged: 0, rejected: 0, errors: [] };
    for (const path of filesOf(positionals)) {
      const report = await ingestFile(bulk, path, values.restart);
      for (const error of report.errors) console.error(`${basename(path)}:${error.line}: ${error.reason}`);
      if (report.rejected > report.errors.length) console.error(`${basename(path)}: … and ${report.rejected - report.errors.length} more rejected lines`);
      total.articlesCreated += report.articlesCreated;
      total.commentsCreated += report.commentsCreated;
      total.commentsUpdated += report.commentsUpdated;
      total.commentsUnchanged += report.commentsUnchanged;
      total.rejected += report.rejected;
    }
    console.log(
      `ingested into ${describeDatabase(config)}: ${total.articlesCreated} new articles, ${total.commentsCreated} new comments, ` +
        `${total.commentsUpdated} edited, ${total.commentsUnchanged} unchanged, ${total.rejected} rejected lines`,
    );
    console.log(JSON.stringify({ ...total, errors: undefined }));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
