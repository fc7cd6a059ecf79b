import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ArticleDetail,
  ArticleSummary,
  CommentPage,
  CommentQuery,
  CommentView,
  DecisionRequest,
  DecisionResult,
  HealthView,
  ModerationEventView,
  QueueCounts,
  TonePoint,
} from '@tenor/contracts';
import { ToneTrendQuery, toQueryParameters } from './query-parameters';

/** Where the API lives: same origin, under /api. */
const API_PREFIX = '/api';

/** Typed client of the Tenor HTTP API; every method maps to one endpoint. */
@Injectable({ providedIn: 'root' })
export class TenorApi {
  private readonly http = inject(HttpClient);

  /** GET /api/health. */
  getHealth() {
    return this.http.get<HealthView>(`${API_PREFIX}/health`);
  }

  /** GET /api/articles: every article with its counts. */
  listArticles() {
    return this.http.get<ArticleSummary[]>(`${API_PREFIX}/articles`);
  }

  /** GET /api/articles/:id. */
  getArticle(articleId: number) {
    return this.http.get<ArticleDetail>(`${API_PREFIX}/articles/${articleId}`);
  }

  /** GET /api/comments: one keyset page; pass `nextCursor` back as `cursor` for the next. */
  listComments(query: CommentQuery) {
    return this.http.get<CommentPage>(`${API_PREFIX}/comments`, { params: toHttpParams(query) });
  }

  /** GET /api/comments/counts: counts for the queue tabs. */
  getCommentCounts() {
    return this.http.get<QueueCounts>(`${API_PREFIX}/comments/counts`);
  }

  /** GET /api/comments/:id. */
  getComment(commentId: number) {
    return this.http.get<CommentView>(`${API_PREFIX}/comments/${commentId}`);
  }

  /** GET /api/comments/:id/events: the audit trail of one comment. */
  listCommentEvents(commentId: number) {
    return this.http.get<ModerationEventView[]>(`${API_PREFIX}/comments/${commentId}/events`);
  }

  /** POST /api/comments/:id/decision; answers 409 when `expectedVersion` is stale. */
  decideComment(commentId: number, decision: DecisionRequest) {
    return this.http.post<DecisionResult>(`${API_PREFIX}/comments/${commentId}/decision`, decision);
  }

  /** GET /api/trends/tone: one point per Europe/Berlin day. */
  getToneTrend(query: ToneTrendQuery) {
    return this.http.get<TonePoint[]>(`${API_PREFIX}/trends/tone`, { params: toHttpParams(query) });
  }
}

function toHttpParams(query: CommentQuery | ToneTrendQuery): HttpParams {
  return new HttpParams({ fromObject: toQueryParameters(query) });
}
