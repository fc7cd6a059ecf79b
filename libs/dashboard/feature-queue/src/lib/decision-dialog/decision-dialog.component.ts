import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { REJECT_REASONS } from '@tenor/contracts';
import type { DecisionAction, RejectReason } from '@tenor/contracts';
import { DecisionDetails, I18n } from '@tenor/dashboard/data-access';
import { formatCount } from '@tenor/dashboard/ui';
import { keyForRejectReason, rejectReasonForKey } from '../keyboard/queue-keys';

/** What the decision dialog asks about. */
export interface DecisionDialogData {
  action: DecisionAction;
  /** Author of the comment for a single decision; null for a bulk decision. */
  author: string | null;
  /** How many comments a bulk decision touches (from the preview); null for a single decision. */
  count: number | null;
  /** The count confirmed before, when the selection changed meanwhile (409); null otherwise. */
  previousCount: number | null;
  /** Reason and note to start with (kept when asking again). */
  reason: RejectReason | null;
  note: string;
}

/** Longest note the API takes. */
const MAX_NOTE_LENGTH = 2000;

/**
 * Asks what a decision needs before it is sent: the rejection reason (digits 1–7 pick, Enter confirms), an optional
 * note, and for bulk decisions the number of comments it touches. Closes with the DecisionDetails, or nothing on cancel.
 */
@Component({
  selector: 'tenor-decision-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule],
  // Keys are read at document level: a fast typist's digit can arrive before the dialog has taken the focus.
  host: {
    'data-testid': 'decision-dialog',
    '[attr.data-action]': 'data.action',
    '(document:keydown)': 'handleKey($event)',
  },
  templateUrl: './decision-dialog.component.html',
  styleUrl: './decision-dialog.component.scss',
})
export class DecisionDialogComponent {
  protected readonly i18n = inject(I18n);
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DecisionDialogComponent, DecisionDetails>>(MatDialogRef);
  private readonly dialog = inject(MatDialog);
  private readonly noteInput = viewChild.required<ElementRef<HTMLInputElement>>('noteInput');

  protected readonly maxNoteLength = MAX_NOTE_LENGTH;
  protected readonly reason = signal<RejectReason | null>(this.data.reason);
  protected readonly note = signal(this.data.note);
  protected readonly isReject = this.data.action === 'reject';
  protected readonly isBulk = this.data.count !== null;
  protected readonly canConfirm = computed(() => !this.isReject || this.reason() !== null);

  protected readonly title = computed(() =>
    this.isBulk
      ? this.i18n.t(`decision.bulkTitle.${this.data.action}` as const)
      : this.i18n.t(
          this.data.action === 'reject' ? 'decision.singleTitle.reject' : 'decision.singleTitle.escalate',
          { author: this.data.author ?? '' },
        ),
  );
  protected readonly confirmLabel = computed(() => this.i18n.t(`queue.${this.data.action}` as const));
  protected readonly countLabel = computed(() => formatCount(this.data.count ?? 0, this.i18n.locale()));
  protected readonly countChanged = computed(() =>
    this.data.previousCount === null
      ? null
      : this.i18n.t('decision.countChanged', {
          count: formatCount(this.data.count ?? 0, this.i18n.locale()),
          previous: formatCount(this.data.previousCount, this.i18n.locale()),
        }),
  );
  protected readonly reasonOptions = computed(() =>
    REJECT_REASONS.map((reason) => ({
      value: reason,
      key: keyForRejectReason(reason),
      label: this.i18n.t(`reason.${reason}` as const),
    })),
  );

  constructor() {
    // Without a reason to pick, the note is the only input: take the focus at once, not after the open animation,
    // so text typed right after `e` lands in it.
    afterNextRender(() => {
      if (!this.isReject) this.noteInput().nativeElement.focus();
    });
  }

  /** Digits pick a reason (unless typed into the note); Enter confirms from anywhere but a button, which handles it itself. */
  protected handleKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || !this.isTopmost()) {
      return;
    }
    const isInNote = event.target === this.noteInput().nativeElement;
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      this.confirm();
      return;
    }
    const reason = this.isReject && !isInNote ? rejectReasonForKey(event.key) : null;
    if (reason !== null) {
      event.preventDefault();
      this.reason.set(reason);
    }
  }

  /** Whether this is the dialog in front (only it answers keys). */
  private isTopmost(): boolean {
    const openDialogs = this.dialog.openDialogs;
    return openDialogs[openDialogs.length - 1] === this.dialogRef;
  }

  /** Closes with the details when complete. */
  protected confirm(): void {
    if (!this.canConfirm()) {
      return;
    }
    const details: DecisionDetails = {};
    const reason = this.reason();
    if (this.isReject && reason !== null) details.reason = reason;
    const note = this.note().trim();
    if (note !== '') details.note = note.slice(0, MAX_NOTE_LENGTH);
    this.dialogRef.close(details);
  }
}
