import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AlertSettings,
  AlertStatus,
  ArticleDetail,
  ArticleModerationUpdate,
  ArticleSummary,
  ArticleTrendDetail,
  ArticleTrendPage,
  ArticleTrendQuery,
  AuditPage,
  AuditQuery,
  AuthorErasurePreview,
  BulkDecisionRequest,
  BulkDecisionResult,
  BulkPreview,
  CommentContext,
  CommentFilter,
  CommentPage,
  CommentQuery,
  CommentTrendPoint,
  CommentView,
  CreateUserRequest,
  DecisionRequest,
  DecisionResult,
  DecisionTrendPoint,
  ErasureRequest,
  ErasureView,
  HealthView,
  HostileAlertView,
  LoginRequest,
  ModelOverview,
  ModerationEventView,
  ModerationPolicy,
  PolicyPreview,
  PolicyState,
  PolicyVersionView,
  ReapplyJobView,
  SavePolicyRequest,
  QueueCounts,
  SessionView,
  TrendExtent,
  TrendQuery,
  TrendSeries,
  UpdateUserRequest,
  UserView,
} from '@tenor/contracts';
import { toQueryParameters } from './query-parameters';

/** Where the API lives: same origin, under /api. */
export const API_PREFIX = '/api';

/** Typed client of the Tenor HTTP API; every method maps to one endpoint. */
@Injectable({ providedIn: 'root' })
export class TenorApi {
  private readonly http = inject(HttpClient);

  /** GET /api/health. */
  getHealth() {
    return this.http.get<HealthView>(`${API_PREFIX}/health`);
  }

  /** POST /api/auth/login: sets the session cookie; 401 for wrong credentials, 429 after too many failures. */
  login(credentials: LoginRequest) {
    return this.http.post<SessionView>(`${API_PREFIX}/auth/login`, credentials);
  }

  /** POST /api/auth/logout: ends the session. */
  logout() {
    return this.http.post<void>(`${API_PREFIX}/auth/logout`, {});
  }

  /** GET /api/auth/me: the current session, 401 when signed out. */
  getSession() {
    return this.http.get<SessionView>(`${API_PREFIX}/auth/me`);
  }

  /** GET /api/articles: every article with its counts. */
  listArticles() {
    return this.http.get<ArticleSummary[]>(`${API_PREFIX}/articles`);
  }

  /** GET /api/articles/:id. */
  getArticle(articleId: number) {
    return this.http.get<ArticleDetail>(`${API_PREFIX}/articles/${articleId}`);
  }

  /** PATCH /api/articles/:id (editors, admins): switches pre-moderation of the article's new comments. */
  updateArticleModeration(articleId: number, update: ArticleModerationUpdate) {
    return this.http.patch<ArticleSummary>(`${API_PREFIX}/articles/${articleId}`, update);
  }

  /** GET /api/comments: one keyset page; pass `nextCursor` back as `cursor` for the next. */
  listComments(query: CommentQuery) {
    return this.http.get<CommentPage>(`${API_PREFIX}/comments`, { params: toHttpParams(query) });
  }

  /** GET /api/comments/counts: counts for the queue tabs under a filter (its status and flag are ignored). */
  getCommentCounts(filter: CommentFilter = {}) {
    return this.http.get<QueueCounts>(`${API_PREFIX}/comments/counts`, { params: toHttpParams(filter) });
  }

  /** GET /api/comments/:id. */
  getComment(commentId: number) {
    return this.http.get<CommentView>(`${API_PREFIX}/comments/${commentId}`);
  }

  /** GET /api/comments/:id/context: the comment with article, audit trail, author history and neighbours. */
  getCommentContext(commentId: number) {
    return this.http.get<CommentContext>(`${API_PREFIX}/comments/${commentId}/context`);
  }

  /** GET /api/comments/:id/events: the audit trail of one comment. */
  listCommentEvents(commentId: number) {
    return this.http.get<ModerationEventView[]>(`${API_PREFIX}/comments/${commentId}/events`);
  }

  /** POST /api/comments/:id/decision; answers 409 with `{ message, comment }` when `expectedVersion` is stale. */
  decideComment(commentId: number, decision: DecisionRequest) {
    return this.http.post<DecisionResult>(`${API_PREFIX}/comments/${commentId}/decision`, decision);
  }

  /** POST /api/comments/:id/undo: reverts the comment's latest change. */
  undoDecision(commentId: number, expectedVersion?: number) {
    return this.http.post<DecisionResult>(
      `${API_PREFIX}/comments/${commentId}/undo`,
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }

  /** POST /api/comments/bulk-decision/preview: how many comments a bulk decision would touch. */
  previewBulkDecision(selection: Pick<BulkDecisionRequest, 'ids' | 'filter'>) {
    return this.http.post<BulkPreview>(`${API_PREFIX}/comments/bulk-decision/preview`, selection);
  }

  /** POST /api/comments/bulk-decision; 409 with `{ count }` when the selection no longer holds `expectedCount`. */
  decideBulk(request: BulkDecisionRequest) {
    return this.http.post<BulkDecisionResult>(`${API_PREFIX}/comments/bulk-decision`, request);
  }

  /** GET /api/audit: one page of the audit log, newest first. */
  listAuditEvents(query: AuditQuery) {
    return this.http.get<AuditPage>(`${API_PREFIX}/audit`, { params: toHttpParams(query) });
  }

  /** GET /api/users (admins). */
  listUsers() {
    return this.http.get<UserView[]>(`${API_PREFIX}/users`);
  }

  /** POST /api/users (admins); 409 when the username is taken. */
  createUser(request: CreateUserRequest) {
    return this.http.post<UserView>(`${API_PREFIX}/users`, request);
  }

  /** PATCH /api/users/:id (admins). */
  updateUser(userId: number, changes: UpdateUserRequest) {
    return this.http.patch<UserView>(`${API_PREFIX}/users/${userId}`, changes);
  }

  /** GET /api/trends/extent: the first and last day with comments. */
  getTrendExtent() {
    return this.http.get<TrendExtent>(`${API_PREFIX}/trends/extent`);
  }

  /** GET /api/trends/comments: volume, tone and risk flags per bucket. */
  getCommentTrend(query: TrendQuery) {
    return this.http.get<TrendSeries<CommentTrendPoint>>(`${API_PREFIX}/trends/comments`, {
      params: toHttpParams(query),
    });
  }

  /** GET /api/trends/decisions: moderation decisions per bucket and action. */
  getDecisionTrend(query: TrendQuery) {
    return this.http.get<TrendSeries<DecisionTrendPoint>>(`${API_PREFIX}/trends/decisions`, {
      params: toHttpParams(query),
    });
  }

  /** GET /api/trends/articles: articles with comments in a range, ranked. */
  listArticleTrends(query: ArticleTrendQuery) {
    return this.http.get<ArticleTrendPage>(`${API_PREFIX}/trends/articles`, { params: toHttpParams(query) });
  }

  /** GET /api/trends/articles/:id: an article's hourly timeline, top evidence terms and alerts. */
  getArticleTrend(articleId: number) {
    return this.http.get<ArticleTrendDetail>(`${API_PREFIX}/trends/articles/${articleId}`);
  }

  /** GET /api/alerts: hostile-thread alerts in a state (all with `all`), optionally of one article. */
  listAlerts(status: AlertStatus | 'all', articleId?: number) {
    return this.http.get<HostileAlertView[]>(`${API_PREFIX}/alerts`, {
      params: toHttpParams({ status, articleId }),
    });
  }

  /** POST /api/alerts/:id/acknowledge. */
  acknowledgeAlert(alertId: number) {
    return this.http.post<HostileAlertView>(`${API_PREFIX}/alerts/${alertId}/acknowledge`, {});
  }

  /** GET /api/settings/alerts (admins). */
  getAlertSettings() {
    return this.http.get<AlertSettings>(`${API_PREFIX}/settings/alerts`);
  }

  /** PUT /api/settings/alerts (admins); 400 with the validation messages. */
  updateAlertSettings(settings: AlertSettings) {
    return this.http.put<AlertSettings>(`${API_PREFIX}/settings/alerts`, settings);
  }

  /** GET /api/settings/policy (admins): the active moderation policy version and the latest re-apply run. */
  getPolicyState() {
    return this.http.get<PolicyState>(`${API_PREFIX}/settings/policy`);
  }

  /** GET /api/settings/policy/versions (admins): every saved policy version, newest first. */
  listPolicyVersions() {
    return this.http.get<PolicyVersionView[]>(`${API_PREFIX}/settings/policy/versions`);
  }

  /** POST /api/settings/policy (admins): saves a new version and starts its re-apply run; 400 with the validation messages, 409 when `baseVersion` is stale. */
  savePolicy(request: SavePolicyRequest) {
    return this.http.post<PolicyState>(`${API_PREFIX}/settings/policy`, request);
  }

  /** POST /api/settings/policy/preview (admins): what saving a policy would change, before saving it. */
  previewPolicy(policy: ModerationPolicy) {
    return this.http.post<PolicyPreview>(`${API_PREFIX}/settings/policy/preview`, { policy });
  }

  /**
   * POST /api/settings/policy/versions/:version/restore (admins): saves an older version again as the newest, made
   * from `baseVersion` (the active version the admin saw; 409 when another save came in between).
   */
  restorePolicyVersion(version: number, baseVersion: number) {
    return this.http.post<PolicyState>(`${API_PREFIX}/settings/policy/versions/${version}/restore`, {
      baseVersion,
    });
  }

  /** GET /api/settings/policy/job (admins): the latest re-apply run, or null before the first. */
  getReapplyJob() {
    return this.http.get<ReapplyJobView | null>(`${API_PREFIX}/settings/policy/job`);
  }

  /** GET /api/settings/model (admins): the active offense model, a candidate and the history. */
  getModelOverview() {
    return this.http.get<ModelOverview>(`${API_PREFIX}/settings/model`);
  }

  /** POST /api/settings/model/train (admins): trains a candidate on the moderators' decisions. */
  trainModel() {
    return this.http.post<ModelOverview>(`${API_PREFIX}/settings/model/train`, {});
  }

  /** POST /api/settings/model/versions/:version/accept (admins): makes a candidate the active model. */
  acceptModelVersion(version: number) {
    return this.http.post<ModelOverview>(`${API_PREFIX}/settings/model/versions/${version}/accept`, {});
  }

  /** POST /api/settings/model/versions/:version/reject (admins): discards a candidate. */
  rejectModelVersion(version: number) {
    return this.http.post<ModelOverview>(`${API_PREFIX}/settings/model/versions/${version}/reject`, {});
  }

  /** POST /api/settings/model/rollback (admins): returns to the model the active one continued from. */
  rollbackModel() {
    return this.http.post<ModelOverview>(`${API_PREFIX}/settings/model/rollback`, {});
  }

  /** GET /api/privacy/authors (admins): how many comments and audit events carry exactly this author name, and earlier requests for it. */
  previewErasure(author: string) {
    return this.http.get<AuthorErasurePreview>(`${API_PREFIX}/privacy/authors`, {
      params: toHttpParams({ author }),
    });
  }

  /** POST /api/privacy/erasures (admins): deletes or anonymises every comment of the author; 400 with the validation messages. */
  eraseAuthor(request: ErasureRequest) {
    return this.http.post<ErasureView>(`${API_PREFIX}/privacy/erasures`, request);
  }

  /** GET /api/privacy/erasures (admins): the record of erasure requests, newest first. */
  listErasures(limit?: number) {
    return this.http.get<ErasureView[]>(`${API_PREFIX}/privacy/erasures`, {
      params: toHttpParams({ limit }),
    });
  }

  /** GET /api/audit/settings (editors, admins): the policy versions with their changes, newest first. */
  listSettingsAudit() {
    return this.http.get<PolicyVersionView[]>(`${API_PREFIX}/audit/settings`);
  }
}

function toHttpParams(query: object): HttpParams {
  return new HttpParams({ fromObject: toQueryParameters(query) });
}
