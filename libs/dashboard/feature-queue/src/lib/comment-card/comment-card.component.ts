import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RISK_CATEGORIES } from '@tenor/contracts';
import type { CommentView, RiskCategory } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import {
  EvidenceTextComponent,
  RiskChipListComponent,
  RiskExplanationComponent,
  StatusPillComponent,
  ToneBadgeComponent,
  collectEvidenceSpans,
  evidenceWithin,
  formatDateTime,
  formatScore,
} from '@tenor/dashboard/ui';

/** One comment in the queue: checkbox, who, when, on which article, the text with evidence, tone, risk, and the decision buttons. */
@Component({
  selector: 'tenor-comment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    EvidenceTextComponent,
    RiskChipListComponent,
    RiskExplanationComponent,
    StatusPillComponent,
    ToneBadgeComponent,
  ],
  host: {
    'data-testid': 'comment-card',
    '[attr.data-comment-id]': 'comment().id',
    '[attr.data-selected]': 'isSelected()',
    '[attr.data-checked]': 'isChecked()',
    '[attr.aria-busy]': 'isBusy()',
    '[attr.aria-current]': "isSelected() ? 'true' : null",
    '[attr.tabindex]': 'isSelected() ? 0 : -1',
  },
  templateUrl: './comment-card.component.html',
  styleUrl: './comment-card.component.scss',
})
export class CommentCardComponent {
  protected readonly i18n = inject(I18n);

  /** The comment to show. */
  readonly comment = input.required<CommentView>();
  /** Whether this card is the selected one (the keys act on it). */
  readonly isSelected = input(false);
  /** Whether this card is checked for a bulk action. */
  readonly isChecked = input(false);
  /** Whether a decision on this comment is in flight. */
  readonly isBusy = input(false);

  /** Emitted when the card is clicked, to select it. */
  readonly selected = output<void>();
  /** Emitted when the moderator approves. */
  readonly approve = output<void>();
  /** Emitted when the moderator wants to reject (the page asks for the reason). */
  readonly reject = output<void>();
  /** Emitted when the moderator wants to escalate (the page asks for a note). */
  readonly escalate = output<void>();
  /** Emitted when the checkbox is clicked; true when shift was held (range selection). */
  readonly checkToggled = output<boolean>();
  /** Emitted with the author's name when it is clicked, to filter by it. */
  readonly authorChosen = output<string>();
  /** Emitted when the text is clicked, to open the detail. */
  readonly detailOpened = output<void>();

  protected readonly postedAt = computed(() => formatDateTime(this.comment().postedAt, this.i18n.locale()));
  protected readonly statusLabel = computed(() => this.i18n.t(`status.${this.comment().status}` as const));
  protected readonly toneLabel = computed(() =>
    this.i18n.t(`tone.${this.comment().sentiment.label}` as const),
  );
  protected readonly riskLabel = computed(() =>
    this.i18n.t('comment.riskScore', { score: formatScore(this.comment().risk.score, this.i18n.locale()) }),
  );
  protected readonly evidenceSpans = computed(() => collectEvidenceSpans(this.comment().risk));
  protected readonly hasEvidence = computed(() => this.evidenceSpans().length > 0);
  /** Evidence offsets index `title + "\n" + body` (see the API contract); each part gets its own share. */
  protected readonly titleSpans = computed(() =>
    evidenceWithin(this.evidenceSpans(), 0, this.comment().title ?? ''),
  );
  protected readonly bodySpans = computed(() => {
    const title = this.comment().title;
    return evidenceWithin(this.evidenceSpans(), title ? title.length + 1 : 0, this.comment().body);
  });
  protected readonly categoryLabels = computed(
    () =>
      Object.fromEntries(
        RISK_CATEGORIES.map((category) => [category, this.i18n.t(`category.${category}` as const)]),
      ) as Record<RiskCategory, string>,
  );

  /** Toggles the bulk checkbox, passing on whether shift was held. */
  protected toggleCheck(event: MouseEvent): void {
    event.stopPropagation();
    this.checkToggled.emit(event.shiftKey);
  }

  /** Filters the queue by this comment's author. */
  protected chooseAuthor(event: MouseEvent): void {
    event.stopPropagation();
    this.authorChosen.emit(this.comment().author);
  }

  /** Selects the card and opens its detail, unless the click was selecting text to copy. */
  protected openDetail(): void {
    const selection = globalThis.getSelection?.();
    if (selection && !selection.isCollapsed) {
      return;
    }
    this.selected.emit();
    this.detailOpened.emit();
  }
}
