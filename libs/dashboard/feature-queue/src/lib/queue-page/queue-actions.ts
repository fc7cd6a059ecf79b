import { Injectable, OnDestroy, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { CommentView, DecisionAction, DecisionResult, RejectReason } from '@tenor/contracts';
import {
  CommentDetailStore,
  DecisionDetails,
  I18n,
  QueueBulk,
  QueueDecisions,
} from '@tenor/dashboard/data-access';
import { formatCount } from '@tenor/dashboard/ui';
import { firstValueFrom } from 'rxjs';
import { DecisionDialogComponent, DecisionDialogData } from '../decision-dialog/decision-dialog.component';

/** How long the "Freigegeben · Rückgängig" snackbar stays: long enough to notice a slip, short enough not to pile up. */
const UNDO_SNACKBAR_MS = 6_000;
const NOTICE_SNACKBAR_MS = 4_000;

/**
 * The queue's decisions as a moderator experiences them: asks for a reason or note where needed, confirms bulk
 * decisions with the API's count (asking again when it changed), and offers undo in a snackbar. Provide it per page.
 */
@Injectable()
export class QueueActions implements OnDestroy {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18n);
  private readonly decisions = inject(QueueDecisions);
  private readonly bulk = inject(QueueBulk);
  private readonly detail = inject(CommentDetailStore);

  /** Whether a dialog has the keyboard (the page's keys stay off meanwhile). */
  isDialogOpen(): boolean {
    return this.dialog.openDialogs.length > 0;
  }

  /** Decides one comment: approve at once; reject asks for the reason, escalate for a note. */
  async decide(comment: CommentView, action: DecisionAction): Promise<void> {
    let details: DecisionDetails = {};
    if (action !== 'approve') {
      const answer = await this.ask({
        action,
        author: comment.author,
        count: null,
        previousCount: null,
        reason: null,
        note: '',
      });
      if (answer === undefined) {
        return;
      }
      details = answer;
    }
    const result = await this.decisions.decide(comment, action, details);
    if (result !== null) {
      this.offerUndo(result);
      this.refreshDetailOf(comment.id);
    }
  }

  /** Takes back this session's latest decision. */
  async undoLast(): Promise<void> {
    this.announceUndo(await this.decisions.undoLast());
  }

  /** Reverts the latest change of the comment in the detail. */
  async undoLatestChange(comment: CommentView): Promise<void> {
    this.announceUndo(await this.decisions.undoLatestChange(comment));
  }

  /** Applies a decision to the bulk selection after the moderator confirmed the API's count; asks again when it changed. */
  async decideSelection(action: DecisionAction): Promise<void> {
    const selection = this.bulk.selection();
    if (selection === null) {
      return;
    }
    let count = await this.bulk.preview(selection);
    let previousCount: number | null = null;
    let reason: RejectReason | null = null;
    let note = '';
    while (count !== null) {
      if (count === 0) {
        this.notify(this.i18n.t('bulk.empty'));
        return;
      }
      const answer = await this.ask({ action, author: null, count, previousCount, reason, note });
      if (answer === undefined) {
        return;
      }
      const outcome = await this.bulk.decide(selection, action, answer, count);
      if (outcome.kind === 'done') {
        const locale = this.i18n.locale();
        this.notify(
          this.i18n.t('bulk.done', {
            decided: formatCount(outcome.result.decided, locale),
            unchanged: formatCount(outcome.result.unchanged, locale),
          }),
        );
        void this.detail.refresh();
        return;
      }
      if (outcome.kind === 'failed') {
        return;
      }
      previousCount = count;
      count = outcome.count;
      reason = answer.reason ?? null;
      note = answer.note ?? '';
    }
  }

  private async ask(data: DecisionDialogData): Promise<DecisionDetails | undefined> {
    // One question at a time: a second click or key while a dialog is open must not stack another one.
    if (this.dialog.openDialogs.length > 0) return undefined;
    const dialog = this.dialog.open<DecisionDialogComponent, DecisionDialogData, DecisionDetails>(
      DecisionDialogComponent,
      {
        data,
        width: '520px',
        maxWidth: '94vw',
        // The page puts the focus on the selected card afterwards; the button that opened the dialog may be gone or disabled.
        restoreFocus: false,
      },
    );
    return firstValueFrom(dialog.afterClosed());
  }

  private offerUndo(result: DecisionResult): void {
    const message = this.i18n.t('queue.decided', {
      status: this.i18n.t(`status.${result.comment.status}` as const),
      author: result.comment.author,
    });
    const snackBar = this.snackBar.open(message, this.i18n.t('queue.undo'), {
      duration: UNDO_SNACKBAR_MS,
      panelClass: 'tenor-undo-snackbar',
    });
    snackBar.onAction().subscribe(() => {
      void this.decisions.undoOwnDecision(result.comment.id).then((undone) => this.announceUndo(undone));
    });
  }

  private announceUndo(result: DecisionResult | null): void {
    if (result === null) {
      return;
    }
    this.notify(
      this.i18n.t('queue.undone', {
        author: result.comment.author,
        status: this.i18n.t(`status.${result.comment.status}` as const),
      }),
    );
    this.refreshDetailOf(result.comment.id);
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: NOTICE_SNACKBAR_MS });
  }

  /** The undo offers belong to the queue; they must not linger on the next page. */
  ngOnDestroy(): void {
    this.snackBar.dismiss();
  }

  private refreshDetailOf(commentId: number): void {
    if (this.detail.openCommentId() === commentId) {
      void this.detail.refresh();
    }
  }
}
