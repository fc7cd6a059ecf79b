import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { REJECT_REASONS, RISK_CATEGORIES } from '@tenor/contracts';
import type { CommentView, RejectReason, RiskCategory } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import {
  EvidenceTextComponent,
  evidenceWithin,
  RiskChipListComponent,
  RiskExplanationComponent,
  ToneBadgeComponent,
  collectEvidenceSpans,
  formatDateTime,
} from '@tenor/dashboard/ui';

/** One comment in the queue: who, when, on which article, the text with evidence, tone, risk, and the decision buttons. */
@Component({
  selector: 'tenor-comment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatSelectModule,
    EvidenceTextComponent,
    RiskChipListComponent,
    RiskExplanationComponent,
    ToneBadgeComponent,
  ],
  host: {
    'data-testid': 'comment-card',
    '[attr.data-comment-id]': 'comment().id',
    '[attr.aria-busy]': 'isBusy()',
  },
  templateUrl: './comment-card.component.html',
  styleUrl: './comment-card.component.scss',
})
export class CommentCardComponent {
  protected readonly i18n = inject(I18n);

  /** The comment to show. */
  readonly comment = input.required<CommentView>();
  /** Whether this card is the selected one. */
  readonly isSelected = input(false);
  /** Whether a decision on this comment is in flight. */
  readonly isBusy = input(false);

  /** Emitted when the card is clicked, to select it. */
  readonly selected = output<void>();
  /** Emitted when the moderator approves. */
  readonly approve = output<void>();
  /** Emitted with the chosen reason when the moderator rejects. */
  readonly reject = output<RejectReason>();
  /** Emitted when the moderator escalates. */
  readonly escalate = output<void>();

  /** The reason chosen in the select; rejecting needs one. */
  protected readonly rejectReason = signal<RejectReason | null>(null);

  protected readonly postedAt = computed(() => formatDateTime(this.comment().postedAt, this.i18n.locale()));
  protected readonly statusLabel = computed(() => this.i18n.t(`status.${this.comment().status}` as const));
  protected readonly toneLabel = computed(() => this.i18n.t(`tone.${this.comment().sentiment.label}` as const));
  protected readonly evidenceSpans = computed(() => collectEvidenceSpans(this.comment().risk));
  protected readonly hasEvidence = computed(() => this.evidenceSpans().length > 0);
  /** Evidence offsets index `title + "\n" + body` (see the API contract); each part gets its own share. */
  protected readonly titleSpans = computed(() => evidenceWithin(this.evidenceSpans(), 0, this.comment().title ?? ''));
  protected readonly bodySpans = computed(() => {
    const title = this.comment().title;
    return evidenceWithin(this.evidenceSpans(), title ? title.length + 1 : 0, this.comment().body);
  });
  protected readonly categoryLabels = computed(
    () => Object.fromEntries(RISK_CATEGORIES.map((category) => [category, this.i18n.t(`category.${category}` as const)])) as Record<RiskCategory, string>,
  );
  protected readonly rejectReasonOptions = computed(() =>
    REJECT_REASONS.map((reason) => ({ value: reason, label: this.i18n.t(`reason.${reason}` as const) })),
  );

  /** Emits the rejection with the chosen reason; does nothing without one. */
  protected rejectWithChosenReason(): void {
    const reason = this.rejectReason();
    if (reason !== null) {
      this.reject.emit(reason);
    }
  }
}
