import { Injectable, computed, inject, signal } from '@angular/core';
import type { CommentStatus, CommentView, DecisionAction, DecisionRequest, QueueCounts, RejectReason } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { TenorApi } from '../api/tenor-api';
import { DEFAULT_QUEUE_VIEW, QueueView, commentQueryForView, isCommentInView } from './queue-view';

/** Comments fetched per page. */
const QUEUE_PAGE_SIZE = 20;

/** Tells the moderator that a decision lost a race: someone else changed the comment first. */
export interface DecisionConflict {
  commentId: number;
  /** The status the comment has now. */
  currentStatus: CommentStatus;
}

/** State of the moderation queue page: the listed comments, tab counts, paging and decisions. Provide it per page. */
@Injectable()
export class QueueStore {
  private readonly api = inject(TenorApi);
  /** Increments per list request so a slow, superseded response cannot overwrite a newer one. */
  private listRequestNumber = 0;
  private countsRequestNumber = 0;

  private readonly currentView = signal<QueueView>(DEFAULT_QUEUE_VIEW);
  private readonly loadedComments = signal<readonly CommentView[]>([]);
  private readonly cursor = signal<string | null>(null);

  /** The shown tab, sort and article filter. */
  readonly view = this.currentView.asReadonly();
  /** The listed comments, in the API's order. */
  readonly comments = this.loadedComments.asReadonly();
  /** Counts for the tabs; null until loaded. */
  readonly counts = signal<QueueCounts | null>(null);
  /** Title of the filtered article; null without filter or until loaded. */
  readonly filterArticleTitle = signal<string | null>(null);
  /** Whether the first page of the view is loading. */
  readonly isLoading = signal(false);
  /** Whether a further page is loading. */
  readonly isLoadingMore = signal(false);
  /** The last failed request, shown as a banner. */
  readonly failure = signal<ApiFailure | null>(null);
  /** The last decision that hit a concurrent change. */
  readonly conflict = signal<DecisionConflict | null>(null);
  /** Ids of comments with a decision in flight. */
  readonly decidingCommentIds = signal<ReadonlySet<number>>(new Set());
  /** Index of the selected card in `comments`, for the keyboard work that follows. */
  readonly selectedIndex = signal(0);
  /** The selected comment, if the list has one. */
  readonly selectedComment = computed(() => this.loadedComments()[this.selectedIndex()] ?? null);
  /** Whether the API has more comments for this view. */
  readonly hasMore = computed(() => this.cursor() !== null);

  /** Shows a view: loads its first page, the counts, and the filtered article's title. */
  async showView(view: QueueView): Promise<void> {
    const previous = this.currentView();
    const isSameView = previous.tab === view.tab && previous.sort === view.sort && previous.articleId === view.articleId;
    this.currentView.set(view);
    if (!isSameView) {
      // Cards of another tab must not linger while the new tab loads.
      this.loadedComments.set([]);
      this.cursor.set(null);
    }
    if (view.articleId !== previous.articleId) {
      void this.loadFilterArticleTitle(view.articleId);
    }
    await Promise.all([this.reload(), this.refreshCounts()]);
  }

  /** Reloads the first page of the current view. */
  async reload(): Promise<void> {
    const requestNumber = ++this.listRequestNumber;
    this.isLoading.set(true);
    this.isLoadingMore.set(false);
    this.failure.set(null);
    try {
      const page = await firstValueFrom(this.api.listComments(commentQueryForView(this.currentView(), QUEUE_PAGE_SIZE)));
      if (requestNumber !== this.listRequestNumber) {
        return;
      }
      this.loadedComments.set(page.items);
      this.cursor.set(page.nextCursor);
      this.selectedIndex.set(0);
    } catch (error) {
      if (requestNumber === this.listRequestNumber) {
        this.loadedComments.set([]);
        this.cursor.set(null);
        this.failure.set(toApiFailure(error));
      }
    } finally {
      if (requestNumber === this.listRequestNumber) {
        this.isLoading.set(false);
      }
    }
  }

  /** Appends the next page of the current view. */
  async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (cursor === null || this.isLoading() || this.isLoadingMore()) {
      return;
    }
    const requestNumber = this.listRequestNumber;
    this.isLoadingMore.set(true);
    try {
      const query = { ...commentQueryForView(this.currentView(), QUEUE_PAGE_SIZE), cursor };
      const page = await firstValueFrom(this.api.listComments(query));
      if (requestNumber !== this.listRequestNumber) {
        return;
      }
      const knownIds = new Set(this.loadedComments().map((comment) => comment.id));
      this.loadedComments.update((comments) => [...comments, ...page.items.filter((comment) => !knownIds.has(comment.id))]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      if (requestNumber === this.listRequestNumber) {
        this.failure.set(toApiFailure(error));
      }
    } finally {
      if (requestNumber === this.listRequestNumber) {
        this.isLoadingMore.set(false);
      }
    }
  }

  /** Reloads the tab counts. */
  async refreshCounts(): Promise<void> {
    const requestNumber = ++this.countsRequestNumber;
    try {
      const counts = await firstValueFrom(this.api.getCommentCounts());
      if (requestNumber === this.countsRequestNumber) {
        this.counts.set(counts);
      }
    } catch (error) {
      if (requestNumber === this.countsRequestNumber) {
        this.failure.set(toApiFailure(error));
      }
    }
  }

  /** Sends a decision with the version the moderator saw; on 409 shows the newer state instead. `reason` is required for reject. */
  async decide(comment: CommentView, action: DecisionAction, reason?: RejectReason): Promise<void> {
    if (this.decidingCommentIds().has(comment.id)) {
      return;
    }
    const decision: DecisionRequest = { action, expectedVersion: comment.version };
    if (reason !== undefined) {
      decision.reason = reason;
    }
    this.setDeciding(comment.id, true);
    this.failure.set(null);
    this.conflict.set(null);
    try {
      const result = await firstValueFrom(this.api.decideComment(comment.id, decision));
      this.applyChangedComment(result.comment);
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.status === 409) {
        await this.showLatestVersion(comment.id);
      } else {
        this.failure.set(failure);
      }
    } finally {
      this.setDeciding(comment.id, false);
      void this.refreshCounts();
    }
  }

  /** Selects a card by index. */
  select(index: number): void {
    const count = this.loadedComments().length;
    this.selectedIndex.set(count === 0 ? 0 : Math.min(Math.max(index, 0), count - 1));
  }

  /** Hides the failure banner. */
  dismissFailure(): void {
    this.failure.set(null);
  }

  /** Hides the conflict message. */
  dismissConflict(): void {
    this.conflict.set(null);
  }

  private async showLatestVersion(commentId: number): Promise<void> {
    try {
      const latest = await firstValueFrom(this.api.getComment(commentId));
      this.applyChangedComment(latest);
      this.conflict.set({ commentId, currentStatus: latest.status });
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  /** Replaces a comment in place, or drops it when it no longer belongs to the view. */
  private applyChangedComment(changed: CommentView): void {
    const comments = this.loadedComments();
    const index = comments.findIndex((comment) => comment.id === changed.id);
    if (index === -1) {
      return;
    }
    if (isCommentInView(changed, this.currentView())) {
      this.loadedComments.set(comments.map((comment) => (comment.id === changed.id ? changed : comment)));
      return;
    }
    this.loadedComments.set(comments.filter((comment) => comment.id !== changed.id));
    if (this.selectedIndex() > index || this.selectedIndex() >= comments.length - 1) {
      this.select(this.selectedIndex() - 1);
    }
  }

  private setDeciding(commentId: number, isDeciding: boolean): void {
    this.decidingCommentIds.update((ids) => {
      const next = new Set(ids);
      if (isDeciding) {
        next.add(commentId);
      } else {
        next.delete(commentId);
      }
      return next;
    });
  }

  private async loadFilterArticleTitle(articleId: number | null): Promise<void> {
    this.filterArticleTitle.set(null);
    if (articleId === null) {
      return;
    }
    try {
      const article = await firstValueFrom(this.api.getArticle(articleId));
      if (this.currentView().articleId === articleId) {
        this.filterArticleTitle.set(article.title);
      }
    } catch {
      // The chip falls back to the article id; the list request reports real failures.
    }
  }
}
