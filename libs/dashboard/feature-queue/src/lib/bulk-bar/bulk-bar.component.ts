import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { DecisionAction } from '@tenor/contracts';
import { DecisionButtonsComponent } from '../decision-buttons/decision-buttons.component';
import { BulkSelection, I18n } from '@tenor/dashboard/data-access';
import { formatCount, formatScore } from '@tenor/dashboard/ui';

/** The bar over the cards for bulk actions: what is selected, widening the selection, and approve / reject / escalate. */
@Component({
  selector: 'tenor-bulk-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, DecisionButtonsComponent],
  host: { 'data-testid': 'bulk-bar', role: 'region', '[attr.aria-label]': "i18n.t('bulk.label')" },
  template: `
    <span class="bulk-bar__summary" data-testid="bulk-count" [attr.data-count]="count()">{{
      summary()
    }}</span>
    @if (selection()?.kind !== 'matching') {
      <button
        mat-button
        type="button"
        data-testid="bulk-select-all-matching"
        [disabled]="isBusy()"
        (click)="allMatchingChosen.emit()"
      >
        {{ i18n.t('bulk.selectAllMatching') }}
      </button>
    }
    @if (articleRangeLabel(); as label) {
      <button
        mat-button
        type="button"
        data-testid="bulk-select-article-range"
        [disabled]="isBusy()"
        (click)="articleRangeChosen.emit()"
      >
        {{ label }}
      </button>
    }
    <span class="bulk-bar__spacer"></span>
    @if (selection() !== null) {
      <tenor-decision-buttons testIdPrefix="bulk" [isBusy]="isBusy()" (decided)="decided.emit($event)" />
      <button mat-button type="button" data-testid="bulk-clear" (click)="cleared.emit()">
        {{ i18n.t('bulk.clear') }}
      </button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding: 6px 12px;
      border-radius: 8px;
      background: #e8eaf6;
    }
    .bulk-bar__summary {
      font-weight: 500;
      font-variant-numeric: tabular-nums;
    }
    .bulk-bar__spacer {
      flex: 1 1 auto;
    }
  `,
})
export class BulkBarComponent {
  protected readonly i18n = inject(I18n);

  /** What is selected; null when nothing is. */
  readonly selection = input<BulkSelection | null>(null);
  /** How many comments the selection holds. */
  readonly count = input(0);
  /** The risk range for "everything on this article"; null without an article filter. */
  readonly articleRiskRange = input<{ minRisk: number; maxRisk: number } | null>(null);
  /** Whether a preview or bulk decision is in flight. */
  readonly isBusy = input(false);

  /** Emitted with the action to apply to the selection. */
  readonly decided = output<DecisionAction>();
  /** Emitted to select every comment matching the filters. */
  readonly allMatchingChosen = output<void>();
  /** Emitted to select every pending comment on the article within the risk range. */
  readonly articleRangeChosen = output<void>();
  /** Emitted to clear the selection. */
  readonly cleared = output<void>();

  protected readonly summary = computed(() => {
    const selection = this.selection();
    const count = formatCount(this.count(), this.i18n.locale());
    if (selection?.kind === 'matching') return this.i18n.t('bulk.matching', { count });
    if (selection?.kind === 'article-range') {
      return this.i18n.t('bulk.articleRange', {
        count,
        ...this.riskRangeTexts(selection.minRisk, selection.maxRisk),
      });
    }
    return this.count() === 0 ? this.i18n.t('bulk.none') : this.i18n.t('bulk.checked', { count });
  });

  protected readonly articleRangeLabel = computed(() => {
    const range = this.articleRiskRange();
    return range === null || this.selection()?.kind === 'article-range'
      ? null
      : this.i18n.t('bulk.selectArticleRange', this.riskRangeTexts(range.minRisk, range.maxRisk));
  });

  private riskRangeTexts(minRisk: number, maxRisk: number): { min: string; max: string } {
    return { min: formatScore(minRisk, this.i18n.locale()), max: formatScore(maxRisk, this.i18n.locale()) };
  }
}
