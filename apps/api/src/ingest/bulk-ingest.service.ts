import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ArticleInput, CommentInput, IngestLineError, IngestReport } from '@tenor/contracts';
import type { ReaderOutput, RecordReader } from '@tenor/ingest';
import { DataSource, In } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { ArticlesService } from '../articles/articles.service';
import { CommentsService } from '../comments/comments.service';
import { inTransaction } from '../database/in-transaction';

/** Comments written per transaction: large enough to amortise the commit, small enough to keep memory flat. */
export const INGEST_BATCH_COMMENTS = 500;
/** Rejected lines listed in a report; all are counted. */
export const MAX_REPORTED_ERRORS = 1000;

interface PendingBatch {
  articles: ArticleInput[];
  comments: { line: number; comment: CommentInput }[];
  /** The last input line this batch has seen, stored or rejected. */
  lastLine: number;
}

/** Called after each committed batch: every line up to `committedLine` is stored or reported. */
export type BatchCommitted = (committedLine: number, report: IngestReport) => void;

/** Bulk ingestion from a stream of records: valid lines are stored in batches, each rejected line is reported. */
@Injectable()
export class BulkIngestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly articles: ArticlesService,
    private readonly comments: CommentsService,
  ) {}

  /** Reads text chunks through a record reader, writing a batch whenever enough comments are pending. */
  async ingestStream(chunks: AsyncIterable<string>, reader: RecordReader, onBatchCommitted?: BatchCommitted): Promise<IngestReport> {
    const run = this.startRun(onBatchCommitted);
    for await (const chunk of chunks) await run.take(reader.push(chunk));
    await run.take(reader.end());
    return run.finish();
  }

  /** Ingests records that arrived whole (a JSON body), reporting the rejected ones by their position. */
  async ingestRecords(outputs: ReaderOutput[]): Promise<IngestReport> {
    const run = this.startRun();
    await run.take(outputs);
    return run.finish();
  }

  /** One ingest: collects reader outputs into batches and writes each as it fills. */
  private startRun(onBatchCommitted?: BatchCommitted): { take(outputs: ReaderOutput[]): Promise<void>; finish(): Promise<IngestReport> } {
    const report = emptyReport();
    let batch: PendingBatch = { articles: [], comments: [], lastLine: 0 };
    const write = async () => {
      await this.writeBatch(batch, report);
      onBatchCommitted?.(batch.lastLine, report);
      batch = { articles: [], comments: [], lastLine: batch.lastLine };
    };
    return {
      take: async (outputs) => {
        for (const output of outputs) {
          if ('error' in output) recordError(report, { line: output.line, reason: output.error.detail });
          else if (output.kind === 'article') batch.articles.push(output.article);
          else batch.comments.push({ line: output.line, comment: output.comment });
          batch.lastLine = output.line;
          if (batch.comments.length >= INGEST_BATCH_COMMENTS) await write();
        }
      },
      finish: async () => {
        await write();
        return report;
      },
    };
  }

  /** Writes one batch in a transaction: its articles, then the comments whose article is known; the rest are rejected. */
  private async writeBatch(batch: PendingBatch, report: IngestReport): Promise<void> {
    if (batch.articles.length === 0 && batch.comments.length === 0) return;
    const insertion = await inTransaction(this.dataSource, async (manager) => {
      const articleResult = batch.articles.length > 0 ? await this.articles.createMany(batch.articles, manager) : undefined;
      report.articlesCreated += articleResult?.created ?? 0;
      const wanted = [...new Set(batch.comments.map(({ comment }) => comment.articleExternalId))];
      const known = new Set(
        wanted.length === 0
          ? []
          : (await manager.find(ArticleEntity, { select: { externalId: true }, where: { externalId: In(wanted) } })).map(
              (article) => article.externalId,
            ),
      );
      const accepted = batch.comments.filter(({ line, comment }) => {
        if (known.has(comment.articleExternalId)) return true;
        recordError(report, { line, reason: `articleExternalId: no article with external id "${comment.articleExternalId}"` });
        return false;
      });
      return accepted.length > 0 ? this.comments.insertMany(accepted.map(({ comment }) => comment), manager) : undefined;
    });
    if (!insertion) return;
    this.comments.announce(insertion);
    report.commentsCreated += insertion.result.created;
    report.commentsUpdated += insertion.result.updated;
    report.commentsUnchanged += insertion.result.existing;
  }
}

function emptyReport(): IngestReport {
  return { articlesCreated: 0, commentsCreated: 0, commentsUpdated: 0, commentsUnchanged: 0, rejected: 0, errors: [] };
}

function recordError(report: IngestReport, error: IngestLineError): void {
  report.rejected += 1;
  if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push(error);
}
