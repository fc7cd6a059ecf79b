import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBarModule } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CommentSort, CommentView, DecisionAction } from '@tenor/contracts';
import {
  CommentDetailStore,
  I18n,
  LiveUpdates,
  QUEUE_TABS,
  QueueBulk,
  QueueDecisions,
  QueueFilters,
  QueueStore,
  QueueTab,
  countForTab,
  parseQueueView,
  queueViewParameters,
} from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatCount } from '@tenor/dashboard/ui';
import { BulkBarComponent } from '../bulk-bar/bulk-bar.component';
import { CommentCardComponent } from '../comment-card/comment-card.component';
import { CommentDetailComponent } from '../comment-detail/comment-detail.component';
import { keyTargetOf } from '../keyboard/key-target';
import { QueueCommand, queueCommandForKey } from '../keyboard/queue-keys';
import { KeysOverlayComponent } from '../keys-overlay/keys-overlay.component';
import { QueueFilterBarComponent } from '../queue-filter-bar/queue-filter-bar.component';
import { QueueActions } from './queue-actions';

/**
 * The moderation queue: tabs per state with counts under the filters, filters, cards with bulk selection, the detail
 * beside the list, live updates, and the keyboard map (j/k, a/r/e, u, x, Enter, Esc, /, ?).
 */
@Component({
  selector: 'tenor-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatProgressBarModule,
    MatSnackBarModule,
    MatTabsModule,
    RouterLink,
    ErrorBannerComponent,
    BulkBarComponent,
    CommentCardComponent,
    CommentDetailComponent,
    KeysOverlayComponent,
    QueueFilterBarComponent,
  ],
  providers: [QueueStore, QueueDecisions, QueueBulk, CommentDetailStore, LiveUpdates, QueueActions],
  host: { '(document:keydown)': 'handleKey($event)' },
  templateUrl: './queue-page.component.html',
  styleUrl: './queue-page.component.scss',
})
export class QueuePageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(QueueStore);
  protected readonly decisions = inject(QueueDecisions);
  protected readonly bulk = inject(QueueBulk);
  protected readonly detail = inject(CommentDetailStore);
  protected readonly live = inject(LiveUpdates);
  protected readonly actions = inject(QueueActions);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly filterBar = viewChild.required(QueueFilterBarComponent);

  /** Whether the keys overlay is shown. */
  protected readonly isHelpOpen = signal(false);
  protected readonly tabs = QUEUE_TABS.map((tab) => ({ tab, labelKey: `queue.tab.${tab}` as const }));

  /** The count per tab under the current filters, formatted; empty until the counts arrive. */
  protected readonly tabCounts = computed(() => {
    const counts = this.store.counts();
    const locale = this.i18n.locale();
    return Object.fromEntries(
      QUEUE_TABS.map((tab) => [tab, counts === null ? '' : formatCount(countForTab(counts, tab), locale)]),
    ) as Record<QueueTab, string>;
  });
  protected readonly failureMessage = computed(() => this.describeFailure(this.store.failure()));
  protected readonly detailFailureMessage = computed(() => this.describeFailure(this.detail.failure()));
  protected readonly conflictMessage = computed(() => {
    const conflict = this.decisions.conflict();
    return conflict === null
      ? null
      : this.i18n.t('queue.conflict', {
          author: conflict.author,
          status: this.i18n.t(`status.${conflict.currentStatus}` as const),
        });
  });
  protected readonly isEmpty = computed(
    () => !this.store.isLoading() && this.store.failure() === null && this.store.comments().length === 0,
  );
  protected readonly articleRiskRange = computed(() => {
    const view = this.store.view();
    return view.articleId === null ? null : { minRisk: view.minRisk ?? 0, maxRisk: view.maxRisk ?? 1 };
  });
  protected readonly liveLabel = computed(() => {
    switch (this.live.state()) {
      case 'open':
        return this.i18n.t('live.open');
      case 'connecting':
        return this.i18n.t('live.connecting');
      default:
        return this.i18n.t('live.waiting', { seconds: Math.ceil((this.live.retryDelayMs() ?? 0) / 1000) });
    }
  });
  protected readonly isDetailOpen = computed(() => this.detail.openCommentId() !== null);
  protected readonly detailComment = computed(() => this.detail.context()?.comment ?? null);

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((parameters) => {
      const view = parseQueueView((name) => parameters.get(name));
      if (JSON.stringify(view) !== JSON.stringify(this.store.view())) {
        this.bulk.clear();
      }
      void this.store.showView(view);
    });
    void this.store.loadArticles();
    this.live.connect();
    this.live.events.pipe(takeUntilDestroyed()).subscribe((event) => {
      this.store.applyLiveEvent(event);
      if (
        event.type === 'comment.changed' &&
        event.commentId === this.detail.openCommentId() &&
        event.version > (this.detailComment()?.version ?? 0)
      ) {
        void this.detail.refresh();
      }
    });
    // The open detail follows the selection, so j/k page through details too.
    effect(() => {
      const selectedId = this.store.selectedId();
      if (selectedId !== null && untracked(() => this.isDetailOpen())) {
        void this.detail.open(selectedId);
      }
    });
  }

  /** The queue's keyboard map; off while typing in a field or while a dialog is open. */
  protected handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || this.actions.isDialogOpen()) {
      return;
    }
    const command = queueCommandForKey(
      {
        key: event.key,
        hasModifier: event.ctrlKey || event.metaKey || event.altKey,
        target: keyTargetOf(event.target),
      },
      this.isHelpOpen() ? 'help' : this.isDetailOpen() ? 'detail' : 'list',
    );
    if (command !== null) {
      event.preventDefault();
      this.runCommand(command, event.target);
    }
  }

  /** Moves filters into the URL (the view follows the URL, so back and reload keep them). */
  protected changeFilters(changes: Partial<QueueFilters>): void {
    this.navigateToView({ ...this.store.view(), ...changes });
  }

  protected changeSort(sort: CommentSort): void {
    this.navigateToView({ ...this.store.view(), sort });
  }

  protected tabParameters(tab: QueueTab): Record<string, string> {
    return queueViewParameters({ ...this.store.view(), tab });
  }

  protected filterByAuthor(author: string): void {
    this.changeFilters({ author });
  }

  protected filterByArticle(articleId: number): void {
    this.changeFilters({ articleId });
  }

  protected selectCard(comment: CommentView): void {
    this.store.select(comment.id);
  }

  protected openDetail(commentId: number): void {
    void this.detail.open(commentId);
  }

  protected closeDetail(): void {
    this.detail.close();
    this.focusSelectedCard();
  }

  protected decide(comment: CommentView, action: DecisionAction): void {
    void this.actions.decide(comment, action).then(() => this.focusSelectedCard());
  }

  /** A card's own button: the card becomes the selected one first, so the selection moves on from it afterwards. */
  protected decideFromCard(comment: CommentView, action: DecisionAction): void {
    this.store.select(comment.id);
    this.decide(comment, action);
  }

  protected decideSelection(action: DecisionAction): void {
    void this.actions.decideSelection(action).then(() => this.focusSelectedCard());
  }

  protected showNewComments(): void {
    void this.store.reload();
    void this.store.refreshCounts();
  }

  private runCommand(command: QueueCommand, target: EventTarget | null): void {
    const selected = this.store.selectedComment();
    switch (command.kind) {
      case 'move':
        this.store.moveSelection(command.step);
        this.focusSelectedCard();
        return;
      case 'decide':
        if (selected !== null) this.decide(selected, command.action);
        return;
      case 'undo':
        void this.actions.undoLast().then(() => this.focusSelectedCard());
        return;
      case 'toggleCheck':
        if (selected !== null) this.bulk.toggle(selected.id, false);
        return;
      case 'openDetail':
        if (selected !== null) this.openDetail(selected.id);
        return;
      case 'close':
        this.closeDetail();
        return;
      case 'focusSearch':
        this.filterBar().focusSearch();
        return;
      case 'toggleHelp':
        this.isHelpOpen.update((isOpen) => !isOpen);
        return;
      case 'leaveInput':
        if (target instanceof HTMLElement) target.blur();
        this.focusSelectedCard();
        return;
    }
  }

  /** Scrolls the selected card into view and gives it the focus, so Enter and screen readers follow the keys. */
  private focusSelectedCard(): void {
    const selectedId = this.store.selectedId();
    if (selectedId === null) return;
    const card = this.host.nativeElement.querySelector<HTMLElement>(
      `[data-testid="comment-card"][data-comment-id="${selectedId}"]`,
    );
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: 'nearest' });
  }

  private navigateToView(view: ReturnType<QueueStore['view']>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: queueViewParameters(view) });
  }

  private describeFailure(failure: { status: number; message: string | null } | null): string | null {
    if (failure === null) return null;
    return (
      failure.message ??
      (failure.status === 0
        ? this.i18n.t('error.network')
        : this.i18n.t('error.status', { status: failure.status }))
    );
  }
}
