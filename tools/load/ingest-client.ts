import type { CreateResult, IngestReport } from '@tenor/contracts';
import { generateCorpus, type GeneratedRecord } from '../demo/comment-generator';
import type { LoadContext } from './load-context';
import { type CallResult, type CallSpec, okBody, type TimedCaller } from './timed-caller';
import type { SentComment } from './write-ledger';

// Share of requests sent again with the same body after the answer (a client that did not trust its first answer).
const RETRY_AFTER_ANSWER_SHARE = 0.2;
// Share sent twice at once (a client that timed out and retried while the first request was still running).
const RETRY_IN_FLIGHT_SHARE = 0.05;
// Share of /api/ingest requests that bring a new article with their comments.
const NEW_ARTICLE_SHARE = 0.15;
// Share of comments posted just now; the others arrive late, inside the corpus range (an import catching up).
const POSTED_NOW_SHARE = 0.5;
const SECTIONS = ['Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Lokales', 'Wissen'];

/** Realistic German bodies and authors, drawn from the demo generator with its own seed. */
const SAMPLE_COMMENTS = [...generateCorpus({ comments: 3000, seed: 4711 })].filter(
  (record): record is Extract<GeneratedRecord, { kind: 'comment' }> => record.kind === 'comment',
);

/** A CSV field, quoted. */
function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** One request of an ingest client: what is sent and the comments it carries. */
interface IngestRequest {
  spec: CallSpec;
  comments: SentComment[];
  newArticle?: { externalId: string };
  isBatchEndpoint: boolean;
}

/** One virtual newsroom system: pushes new comments with the ingest API key, in every accepted format. */
export class IngestClient {
  private sequence = 0;

  constructor(
    private readonly caller: TimedCaller,
    private readonly name: string,
    private readonly context: LoadContext,
  ) {}

  /** Sends until the load's deadline. */
  async run(): Promise<void> {
    while (!this.context.isOver()) {
      const request = this.nextRequest();
      const roll = this.context.random();
      if (roll < RETRY_IN_FLIGHT_SHARE) {
        const [first, second] = await Promise.all([
          this.send(request, request.spec.kind),
          this.send(request, 'ingest: duplicate in flight'),
        ]);
        this.checkTogether(request, [first, second]);
      } else {
        const first = await this.send(request, request.spec.kind);
        if (roll < RETRY_IN_FLIGHT_SHARE + RETRY_AFTER_ANSWER_SHARE && !this.context.isOver()) {
          const created = await this.send(request, 'ingest: retry after answer');
          if (first !== undefined && created !== undefined && created > 0) {
            this.context.reportWrongAnswer(
              'ingest: retry after answer',
              `a retry of an acknowledged request created ${created} comments`,
            );
          }
        }
      }
    }
  }

  private nextRequest(): IngestRequest {
    const format = this.context.pickWeighted({ json: 40, ndjson: 25, csv: 15, batch: 20 } as const);
    const size = 1 + Math.floor(this.context.random() ** 2 * 30);
    const isNewArticle =
      (format === 'json' || format === 'ndjson') && this.context.random() < NEW_ARTICLE_SHARE;
    const newArticle = isNewArticle ? { externalId: `load-a-${this.name}-${++this.sequence}` } : undefined;
    const articleExternalId = newArticle?.externalId ?? this.context.pick(this.context.ingestArticles());
    const { firstDay, lastDay } = this.context.world.extent;
    const corpusStart = Date.parse(`${firstDay}T00:00:00Z`);
    const corpusSpan = Date.parse(`${lastDay}T23:59:59Z`) - corpusStart;
    const comments = Array.from({ length: size }, () => {
      const sample = this.context.pick(SAMPLE_COMMENTS);
      const postedAt =
        this.context.random() < POSTED_NOW_SHARE
          ? Date.now() - Math.floor(this.context.random() * 3_600_000)
          : corpusStart + Math.floor(this.context.random() * corpusSpan);
      return {
        externalId: `load-c-${this.name}-${++this.sequence}`,
        articleExternalId,
        author: sample.author,
        postedAt: new Date(postedAt).toISOString(),
        body: sample.body,
      };
    });
    const sent = comments.map(({ externalId, body }) => ({ externalId, articleExternalId, body }));
    const articleRecord = newArticle
      ? [
          {
            kind: 'article',
            externalId: newArticle.externalId,
            title: `Liveticker ${newArticle.externalId}`,
            section: this.context.pick(SECTIONS),
          },
        ]
      : [];
    const records = [...articleRecord, ...comments.map((comment) => ({ kind: 'comment', ...comment }))];
    switch (format) {
      case 'json':
        return {
          spec: { kind: 'ingest: JSON', method: 'POST', path: '/api/ingest', body: records },
          comments: sent,
          newArticle,
          isBatchEndpoint: false,
        };
      case 'ndjson': {
        const body = `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;
        return {
          spec: {
            kind: 'ingest: NDJSON',
            method: 'POST',
            path: '/api/ingest',
            body,
            contentType: 'application/x-ndjson',
          },
          comments: sent,
          newArticle,
          isBatchEndpoint: false,
        };
      }
      case 'csv': {
        const rows = comments.map((comment) =>
          [comment.externalId, comment.articleExternalId, comment.author, comment.postedAt, comment.body]
            .map(csvField)
            .join(','),
        );
        const body = `externalId,articleExternalId,author,postedAt,body\n${rows.join('\n')}\n`;
        return {
          spec: { kind: 'ingest: CSV', method: 'POST', path: '/api/ingest', body, contentType: 'text/csv' },
          comments: sent,
          isBatchEndpoint: false,
        };
      }
      case 'batch':
        return {
          spec: {
            kind: 'ingest: comment batch',
            method: 'POST',
            path: '/api/comments/batch',
            body: { comments },
          },
          comments: sent,
          isBatchEndpoint: true,
        };
    }
  }

  /** Sends a request under a kind; returns how many comments the answer says it created, undefined without a 2xx. */
  private async send(request: IngestRequest, kind: string): Promise<number | undefined> {
    const result = await this.caller.call({ ...request.spec, kind });
    return this.acknowledge(request, kind, result);
  }

  private acknowledge(request: IngestRequest, kind: string, result: CallResult): number | undefined {
    const ledger = this.context.ledger;
    if ('failure' in result) {
      ledger.uncertainIngests++;
      return undefined;
    }
    const total = request.comments.length;
    if (request.isBatchEndpoint) {
      const answer = okBody<CreateResult>(result);
      if (!answer) return undefined;
      if (answer.created + answer.existing + answer.updated !== total || answer.ids.length !== total) {
        this.context.reportWrongAnswer(
          kind,
          `batch of ${total}: created ${answer.created}, existing ${answer.existing}, updated ${answer.updated}, ${answer.ids.length} ids`,
        );
      }
      ledger.ingestAcks.push({ comments: request.comments, created: answer.created, ids: answer.ids });
      return answer.created;
    }
    const report = okBody<IngestReport>(result);
    if (!report) return undefined;
    if (
      report.rejected > 0 ||
      report.commentsCreated + report.commentsUnchanged + report.commentsUpdated !== total
    ) {
      this.context.reportWrongAnswer(
        kind,
        `${total} comments: ${JSON.stringify({ ...report, errors: report.errors.slice(0, 2) })}`,
      );
    }
    ledger.ingestAcks.push({ comments: request.comments, created: report.commentsCreated });
    if (request.newArticle) this.context.addIngestArticle(request.newArticle.externalId);
    return report.commentsCreated;
  }

  /** Two copies sent at once: together they must have created each new comment once. */
  private checkTogether(request: IngestRequest, created: (number | undefined)[]): void {
    if (created.some((count) => count === undefined)) return;
    const sum = (created as number[]).reduce((a, b) => a + b, 0);
    if (sum > request.comments.length) {
      this.context.reportWrongAnswer(
        'ingest: duplicate in flight',
        `two copies of ${request.comments.length} comments reported ${sum} created`,
      );
    }
  }
}
