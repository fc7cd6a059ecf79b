import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CommentSort, CommentView, RejectReason } from '@tenor/contracts';
import { I18n, QUEUE_TABS, QueueStore, QueueTab, countForTab, parseQueueView } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatCount } from '@tenor/dashboard/ui';
import { CommentCardComponent } from '../comment-card/comment-card.component';

/** The moderation queue: tabs per state with counts, sort, an optional article filter, and the comment cards. */
@Component({
  selector: 'tenor-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatChipsModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    ErrorBannerComponent,
    CommentCardComponent,
  ],
  providers: [QueueStore],
  templateUrl: './queue-page.component.html',
  styleUrl: './queue-page.component.scss',
})
export class QueuePageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(QueueStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly tabs = QUEUE_TABS.map((tab) => ({ tab, labelKey: `queue.tab.${tab}` as const }));

  /** The count per tab, formatted; empty until the counts arrive. */
  protected readonly tabCounts = computed(() => {
    const counts = this.store.counts();
    const locale = this.i18n.locale();
    return Object.fromEntries(QUEUE_TABS.map((tab) => [tab, counts === null ? '' : formatCount(countForTab(counts, tab), locale)])) as Record<QueueTab, string>;
  });

  /** Title for the article filter chip: the loaded title, else the first listed comment's, else the id. */
  protected readonly filterArticleTitle = computed(() => {
    const articleId = this.store.view().articleId;
    if (articleId === null) {
      return null;
    }
    return this.store.filterArticleTitle() ?? this.store.comments().find((comment) => comment.articleId === articleId)?.articleTitle ?? `#${articleId}`;
  });

  /** The failure as a sentence: the API's message, or a generic one by status. */
  protected readonly failureMessage = computed(() => {
    const failure = this.store.failure();
    if (failure === null) {
      return null;
    }
    return failure.message ?? (failure.status === 0 ? this.i18n.t('error.network') : this.i18n.t('error.status', { status: failure.status }));
  });

  protected readonly conflictMessage = computed(() => {
    const conflict = this.store.conflict();
    return conflict === null ? null : this.i18n.t('queue.conflict', { status: this.i18n.t(`status.${conflict.currentStatus}` as const) });
  });

  protected readonly isEmpty = computed(() => !this.store.isLoading() && this.store.failure() === null && this.store.comments().length === 0);

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((parameters) => {
      void this.store.showView(parseQueueView((name) => parameters.get(name)));
    });
  }

  /** Switches the sort order through the URL, so it survives a reload. */
  protected changeSort(sort: CommentSort): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { sort }, queryParamsHandling: 'merge' });
  }

  /** Drops the article filter from the URL. */
  protected removeArticleFilter(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { articleId: null }, queryParamsHandling: 'merge' });
  }

  protected approveComment(comment: CommentView): void {
    void this.store.decide(comment, 'approve');
  }

  protected rejectComment(comment: CommentView, reason: RejectReason): void {
    void this.store.decide(comment, 'reject', reason);
  }

  protected escalateComment(comment: CommentView): void {
    void this.store.decide(comment, 'escalate');
  }
}
