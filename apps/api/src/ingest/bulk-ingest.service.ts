import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ArticleInput, CommentInput, IngestLineError, IngestReport, ScoreResult } from '@tenor/contracts';
import type { ReaderOutput, RecordReader } from '@tenor/ingest';
import { DataSource, In } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { ArticlesService } from '../articles/articles.service';
import { scoredText } from '../comments/comment-columns';
import { CommentsService } from '../comments/comments.service';
import { inTransaction } from '../database/in-transaction';
import { ScoringPool } from '../scoring/scoring-pool';

/** Comments written per transaction: large enough to amortise the commit, small enough to keep memory flat. */
export const INGEST_BATCH_COMMENTS = 500;
/** Rejected lines listed in a report; all are counted. */
export const MAX_REPORTED_ERRORS = 1000;

interface PendingBatch {
  articles: ArticleInput[];
  comments: { line: number; comment: CommentInput }[];
  /** Lines the reader rejected; reported when the batch is written, so the report lists lines in batch order. */
  errors: IngestLineError[];
  /** The last input line this batch has seen, stored or rejected. */
  lastLine: number;
}

/** Called after each committed batch: every line up to `committedLine` is stored or reported. */
export type BatchCommitted = (committedLine: number, report: IngestReport) => void;

/** One ingest in progress: takes reader outputs as they come, writes full batches in order. */
interface IngestRun {
  take(outputs: ReaderOutput[]): Promise<void>;
  /** Writes what is pending and returns the report once every batch is committed. */
  finish(): Promise<IngestReport>;
  /** Waits until the batch being written has committed or rolled back, after the input failed. */
  settle(): Promise<void>;
}

/**
 * Bulk ingestion from a stream of records: valid lines are stored in batches, each rejected line is reported.
 * A pipeline with one writer: while batch k is written in its transaction, batch k+1 is scored in the scoring
 * pool's worker threads and batch k+2 is parsed. Batches commit one at a time in input order.
 */
@Injectable()
export class BulkIngestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly articles: ArticlesService,
    private readonly comments: CommentsService,
    private readonly scoring: ScoringPool,
  ) {}

  /** Reads text chunks through a record reader, writing a batch whenever enough comments are pending. */
  async ingestStream(chunks: AsyncIterable<string>, reader: RecordReader, onBatchCommitted?: BatchCommitted): Promise<IngestReport> {
    const run = this.startRun(onBatchCommitted);
    try {
      for await (const chunk of chunks) await run.take(reader.push(chunk));
      await run.take(reader.end());
    } catch (error) {
      await run.settle();
      throw error;
    }
    return run.finish();
  }

  /** Ingests records that arrived whole (a JSON body), reporting the rejected ones by their position. */
  async ingestRecords(outputs: ReaderOutput[]): Promise<IngestReport> {
    const run = this.startRun();
    try {
      await run.take(outputs);
    } catch (error) {
      await run.settle();
      throw error;
    }
    return run.finish();
  }

  /** One ingest: collects reader outputs into batches; each full batch is scored, then written after the one before. */
  private startRun(onBatchCommitted?: BatchCommitted): IngestRun {
    const report = emptyReport();
    let batch: PendingBatch = { articles: [], comments: [], errors: [], lastLine: 0 };
    let writing: Promise<void> = Promise.resolve();
    const submit = async () => {
      const full = batch;
      batch = { articles: [], comments: [], errors: [], lastLine: full.lastLine };
      const scores = this.scoring.score(full.comments.map(({ comment }) => ({ text: scoredText(comment), language: comment.language })));
      // A scoring failure surfaces through the write that awaits these scores.
      scores.catch(() => undefined);
      await writing;
      writing = scores.then(async (results) => {
        await this.writeBatch(full, results, report);
        onBatchCommitted?.(full.lastLine, report);
      });
      // A write failure surfaces at the next submit, at finish, or is dropped by settle after an input failure.
      writing.catch(() => undefined);
    };
    return {
      take: async (outputs) => {
        for (const output of outputs) {
          if ('error' in output) batch.errors.push({ line: output.line, reason: output.error.detail });
          else if (output.kind === 'article') batch.articles.push(output.article);
          else batch.comments.push({ line: output.line, comment: output.comment });
          batch.lastLine = output.line;
          // Articles and rejected lines count too, so a file without comments is not held in memory whole.
          if (batch.comments.length >= INGEST_BATCH_COMMENTS || batch.articles.length + batch.errors.length >= INGEST_BATCH_COMMENTS) {
            await submit();
          }
        }
      },
      finish: async () => {
        await submit();
        await writing;
        return report;
      },
      settle: () => writing.catch(() => undefined),
    };
  }

  /**
   * Writes one batch in a transaction: its articles, then the comments whose article is known, with their scores
   * (`scores[i]` belongs to `batch.comments[i]`); the rest are rejected. The report changes only once it committed.
   */
  private async writeBatch(batch: PendingBatch, scores: readonly ScoreResult[], report: IngestReport): Promise<void> {
    for (const error of batch.errors) recordError(report, error);
    if (batch.articles.length === 0 && batch.comments.length === 0) return;
    const { articlesCreated, unknownArticles, insertion } = await inTransaction(this.dataSource, async (manager) => {
      const articleResult = batch.articles.length > 0 ? await this.articles.createMany(batch.articles, manager) : undefined;
      const wanted = [...new Set(batch.comments.map(({ comment }) => comment.articleExternalId))];
      const known = new Set(
        wanted.length === 0
          ? []
          : (await manager.find(ArticleEntity, { select: { externalId: true }, where: { externalId: In(wanted) } })).map(
              (article) => article.externalId,
            ),
      );
      const unknown: IngestLineError[] = [];
      const accepted: number[] = [];
      batch.comments.forEach(({ line, comment }, index) => {
        if (known.has(comment.articleExternalId)) accepted.push(index);
        else unknown.push({ line, reason: `articleExternalId: no article with external id "${comment.articleExternalId}"` });
      });
      return {
        articlesCreated: articleResult?.created ?? 0,
        unknownArticles: unknown,
        insertion:
          accepted.length > 0
            ? await this.comments.insertMany(
                accepted.map((index) => batch.comments[index].comment),
                manager,
                accepted.map((index) => scores[index]),
              )
            : undefined,
      };
    });
    report.articlesCreated += articlesCreated;
    for (const error of unknownArticles) recordError(report, error);
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
