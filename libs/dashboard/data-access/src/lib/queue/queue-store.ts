import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import type { ArticleSummary, CommentView, LiveEvent, QueueCounts } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { TenorApi } from '../api/tenor-api';
import { concernsArticle, withLiveChange } from '../live/live-event';
import { movedSelection, selectionAfterRemoval } from './queue-selection';
import {
  DEFAULT_QUEUE_VIEW,
  QueueView,
  commentFilterForFilters,
  commentQueryForView,
  isCommentInView,
} from './queue-view';

/** Comments fetched per page. */
const QUEUE_PAGE_SIZE = 25;
/** When the selection comes this close to the end of the loaded cards, the next page is fetched ahead. */
const LOAD_AHEAD_CARDS = 3;
/** Live changes arrive in bursts (a bulk decision sends one per comment); counts are refreshed once per burst. */
const COUNTS_REFRESH_DELAY_MS = 400;

/** The moderation queue's list: view and filters, the loaded cards, paging, tab counts, the selected card and live changes. Provide it per page. */
@Injectable()
export class QueueStore implements OnDestroy {
  private readonly api = inject(TenorApi);
  /** Increments per list request so a slow, superseded response cannot overwrite a newer one. */
  private listRequestNumber = 0;
  private countsRequestNumber = 0;
  private countsTimer: ReturnType<typeof setTimeout> | null = null;

  private readonly currentView = signal<QueueView>(DEFAULT_QUEUE_VIEW);
  private readonly loadedComments = signal<readonly CommentView[]>([]);
  private readonly cursor = signal<string | null>(null);

  /** The shown tab, sort and filters. */
  readonly view = this.currentView.asReadonly();
  /** The listed comments, in the API's order. */
  readonly comments = this.loadedComments.asReadonly();
  /** Their ids, in order. */
  readonly commentIds = computed(() => this.loadedComments().map((comment) => comment.id));
  /** Counts for the tabs under the current filters; null until loaded. */
  readonly counts = signal<QueueCounts | null>(null);
  /** Every article, for the article chip's title and the section choices. */
  readonly articles = signal<readonly ArticleSummary[]>([]);
  /** Sections that articles carry, sorted. */
  readonly sections = computed(() =>
    [...new Set(this.articles().flatMap((article) => (article.section ? [article.section] : [])))].sort(
      (left, right) => left.localeCompare(right, 'de'),
    ),
  );
  /** The filtered article, once the article list is loaded. */
  readonly filterArticle = computed(() => {
    const articleId = this.currentView().articleId;
    return articleId === null ? null : (this.articles().find((article) => article.id === articleId) ?? null);
  });
  /** Whether the first page of the view is loading. */
  readonly isLoading = signal(false);
  /** Whether a further page is loading. */
  readonly isLoadingMore = signal(false);
  /** The last failed request, shown as a banner. */
  readonly failure = signal<ApiFailure | null>(null);
  /** Id of the selected card, which the keys act on. */
  readonly selectedId = signal<number | null>(null);
  /** The selected comment, if listed. */
  readonly selectedComment = computed(
    () => this.loadedComments().find((comment) => comment.id === this.selectedId()) ?? null,
  );
  /** Whether the API has more comments for this view. */
  readonly hasMore = computed(() => this.cursor() !== null);
  /** New comments announced live since the list was loaded (for "N neue Kommentare — anzeigen"). */
  readonly newCommentCount = signal(0);

  /** Shows a view: loads its first page and its counts. */
  async showView(view: QueueView): Promise<void> {
    const previous = this.currentView();
    const isSameView = JSON.stringify(previous) === JSON.stringify(view);
    this.currentView.set(view);
    if (!isSameView) {
      // Cards of another tab must not linger while the new tab loads.
      this.loadedComments.set([]);
      this.cursor.set(null);
    }
    await Promise.all([this.reload(), this.refreshCounts()]);
  }

  /** Loads the articles (titles for the article chip, sections for the filter). */
  async loadArticles(): Promise<void> {
    try {
      this.articles.set(await firstValueFrom(this.api.listArticles()));
    } catch {
      // Only the chip title and the section choices depend on it; the list request reports real failures.
    }
  }

  /** Reloads the first page of the current view, keeping the selected card when it is still listed. */
  async reload(): Promise<void> {
    const requestNumber = ++this.listRequestNumber;
    this.isLoading.set(true);
    this.isLoadingMore.set(false);
    this.failure.set(null);
    try {
      const page = await firstValueFrom(
        this.api.listComments(commentQueryForView(this.currentView(), QUEUE_PAGE_SIZE)),
      );
      if (requestNumber !== this.listRequestNumber) {
        return;
      }
      this.loadedComments.set(page.items);
      this.cursor.set(page.nextCursor);
      this.newCommentCount.set(0);
      const selectedId = this.selectedId();
      this.selectedId.set(
        page.items.some((comment) => comment.id === selectedId) ? selectedId : (page.items[0]?.id ?? null),
      );
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
      const page = await firstValueFrom(
        this.api.listComments({ ...commentQueryForView(this.currentView(), QUEUE_PAGE_SIZE), cursor }),
      );
      if (requestNumber !== this.listRequestNumber) {
        return;
      }
      const knownIds = new Set(this.commentIds());
      this.loadedComments.update((comments) => [
        ...comments,
        ...page.items.filter((comment) => !knownIds.has(comment.id)),
      ]);
      this.cursor.set(page.nextCursor);
      if (this.selectedId() === null) {
        this.selectedId.set(this.loadedComments()[0]?.id ?? null);
      }
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

  /** Reloads the tab counts for the current filters. */
  async refreshCounts(): Promise<void> {
    const requestNumber = ++this.countsRequestNumber;
    try {
      const counts = await firstValueFrom(
        this.api.getCommentCounts(commentFilterForFilters(this.currentView())),
      );
      if (requestNumber === this.countsRequestNumber) {
        this.counts.set(counts);
      }
    } catch (error) {
      if (requestNumber === this.countsRequestNumber) {
        this.failure.set(toApiFailure(error));
      }
    }
  }

  /** Refreshes the counts once a burst of changes is over. */
  scheduleCountsRefresh(): void {
    if (this.countsTimer !== null) {
      clearTimeout(this.countsTimer);
    }
    this.countsTimer = setTimeout(() => {
      this.countsTimer = null;
      void this.refreshCounts();
    }, COUNTS_REFRESH_DELAY_MS);
  }

  /** Selects a card by id. */
  select(commentId: number | null): void {
    this.selectedId.set(commentId);
    this.loadAheadOfSelection();
  }

  /** Moves the selection `step` cards down (or up), fetching the next page ahead when near the end. */
  moveSelection(step: number): void {
    this.select(movedSelection(this.commentIds(), this.selectedId(), step));
  }

  /** Replaces a comment in place, or drops it when it no longer belongs to the view (the selection then moves on). */
  applyChangedComment(changed: CommentView): void {
    const comments = this.loadedComments();
    if (!comments.some((comment) => comment.id === changed.id)) {
      return;
    }
    if (isCommentInView(changed, this.currentView())) {
      this.loadedComments.set(comments.map((comment) => (comment.id === changed.id ? changed : comment)));
      return;
    }
    this.removeComments([changed.id]);
  }

  /** Puts a comment back at a position (after an undo brought it back into this view); replaces it when listed. */
  restoreComment(comment: CommentView, index: number): void {
    if (!isCommentInView(comment, this.currentView())) {
      this.applyChangedComment(comment);
      return;
    }
    const comments = this.loadedComments().filter((listed) => listed.id !== comment.id);
    const position = Math.min(Math.max(index, 0), comments.length);
    this.loadedComments.set([...comments.slice(0, position), comment, ...comments.slice(position)]);
  }

  /** Follows a live event: updates or drops a changed card and refreshes counts; counts new comments for the banner; alerts are not the queue's. */
  applyLiveEvent(event: LiveEvent): void {
    if (event.type === 'comments.created') {
      if (concernsArticle(event.articleIds, this.currentView().articleId)) {
        this.newCommentCount.update((count) => count + event.count);
        this.scheduleCountsRefresh();
      }
      return;
    }
    if (event.type !== 'comment.changed') {
      return;
    }
    const listed = this.loadedComments().find((comment) => comment.id === event.commentId);
    const changed = listed ? withLiveChange(listed, event) : null;
    if (changed !== null) {
      this.applyChangedComment(changed);
    }
    this.scheduleCountsRefresh();
  }

  /** Hides the failure banner. */
  dismissFailure(): void {
    this.failure.set(null);
  }

  /** Shows a failure of a side request (a decision, an undo, a bulk action). */
  fail(failure: ApiFailure): void {
    this.failure.set(failure);
  }

  ngOnDestroy(): void {
    if (this.countsTimer !== null) {
      clearTimeout(this.countsTimer);
    }
  }

  private removeComments(commentIds: readonly number[]): void {
    const previousIds = this.commentIds();
    const removed = new Set(commentIds);
    this.loadedComments.update((comments) => comments.filter((comment) => !removed.has(comment.id)));
    this.select(selectionAfterRemoval(previousIds, this.commentIds(), this.selectedId()));
  }

  private loadAheadOfSelection(): void {
    const index = this.commentIds().indexOf(this.selectedId() ?? -1);
    if (this.hasMore() && index >= this.loadedComments().length - LOAD_AHEAD_CARDS) {
      void this.loadMore();
    }
  }
}
