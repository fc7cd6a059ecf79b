import { BadRequestException, Body, Controller, HttpCode, Post, Req, UnsupportedMediaTypeException, UseGuards } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { IngestReport } from '@tenor/contracts';
import { createCsvReader, createNdjsonReader, IngestError, type ReaderOutput, validateArticleInput, validateCommentInput } from '@tenor/ingest';
import type { Request } from 'express';
import { AcceptApiKey, Roles } from '../auth/auth.decorators';
import { IngestRateLimitGuard } from '../security/ingest-rate-limit.guard';
import { BulkIngestService } from './bulk-ingest.service';

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl'];
const CSV_TYPES = ['text/csv'];

/** Decoded text chunks of a request body, read as they arrive (the stream pauses while a batch is written). */
async function* textChunks(request: Request): AsyncGenerator<string> {
  request.setEncoding('utf8');
  for await (const chunk of request) yield chunk as string;
}

/** Validates the records of a JSON array body one by one, as if each were an NDJSON line (the index + 1 is its "line"). */
function jsonRecords(body: unknown): ReaderOutput[] {
  if (!Array.isArray(body)) throw new BadRequestException(['body: expected a JSON array of {"kind":"article"|"comment",…} records']);
  return body.map((record: unknown, index): ReaderOutput => {
    const line = index + 1;
    const location = { file: 'request', line, label: `[${index}]` };
    try {
      if (typeof record !== 'object' || record === null) throw new IngestError(location, 'expected an object');
      const { kind, ...fields } = record as Record<string, unknown>;
      if (kind === 'article') return { line, kind, article: validateArticleInput(fields, location) };
      if (kind === 'comment') return { line, kind, comment: validateCommentInput(fields, location) };
      throw new IngestError({ ...location, field: 'kind' }, 'kind must be "article" or "comment"');
    } catch (error) {
      if (error instanceof IngestError) return { line, error };
      throw error;
    }
  });
}

/** Bulk ingestion for newsroom systems: NDJSON or CSV streamed, or a JSON array; idempotent by external id. */
@ApiTags('ingest')
@Roles('admin')
@AcceptApiKey('ingest')
@UseGuards(IngestRateLimitGuard)
@Controller('ingest')
export class IngestController {
  constructor(private readonly bulk: BulkIngestService) {}

  /**
   * Stores every valid record and reports each rejected line with its number and reason. Records are upserted
   * by external id: a retried file stores nothing twice; an edited comment is re-scored and keeps its history.
   */
  @Post()
  @HttpCode(200)
  @ApiConsumes(...NDJSON_TYPES, ...CSV_TYPES, 'application/json')
  @ApiBody({ description: 'NDJSON lines {"kind":"article"|"comment",…}, CSV rows (one comment each), or a JSON array of NDJSON-shaped records' })
  async ingest(@Req() request: Request, @Body() body: unknown): Promise<IngestReport> {
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (NDJSON_TYPES.includes(type)) return this.bulk.ingestStream(textChunks(request), createNdjsonReader('request'));
    if (CSV_TYPES.includes(type)) {
      try {
        return await this.bulk.ingestStream(textChunks(request), createCsvReader('request'));
      } catch (error) {
        if (error instanceof IngestError) throw new BadRequestException([`line ${error.line ?? 1}: ${error.detail}`]);
        throw error;
      }
    }
    if (type === 'application/json') return this.bulk.ingestRecords(jsonRecords(body));
    throw new UnsupportedMediaTypeException(`send application/x-ndjson, text/csv or application/json, not ${type || 'nothing'}`);
  }
}
