import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { RISK_CATEGORIES } from '@tenor/contracts';
import type { RiskCategory, RiskResult } from '@tenor/contracts';
import { RISK_CATEGORY_COLORS } from '../evidence-text/risk-category-colors';
import { formatScore } from '../format/format';

interface RiskChip {
  category: RiskCategory;
  label: string;
  score: string;
  rules: string;
  accent: string;
}

/** One chip per flagged risk category with its score, highest first; rule ids in the tooltip. */
@Component({
  selector: 'tenor-risk-chip-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatChipsModule],
  template: `
    @if (chips().length > 0) {
      <mat-chip-set [attr.aria-label]="ariaLabel()">
        @for (chip of chips(); track chip.category) {
          <mat-chip class="risk-chip" [attr.data-category]="chip.category" [title]="chip.rules" disableRipple>
            <span class="risk-chip__dot" [style.background-color]="chip.accent"></span>
            {{ chip.label }} <strong class="risk-chip__score">{{ chip.score }}</strong>
          </mat-chip>
        }
      </mat-chip-set>
    } @else if (emptyLabel()) {
      <span class="risk-chip-list__empty">{{ emptyLabel() }}</span>
    }
  `,
  styles: `
    .risk-chip__dot {
      display: inline-block;
      width: 8px;
      height: 8px;
      border-radius: 50%;
      margin-right: 6px;
    }
    .risk-chip__score {
      margin-left: 4px;
      font-variant-numeric: tabular-nums;
    }
    .risk-chip-list__empty {
      font-size: 0.8125rem;
      color: #607d8b;
    }
  `,
})
export class RiskChipListComponent {
  /** The comment's risk result. */
  readonly risk = input.required<RiskResult>();
  /** Display names of the categories. */
  readonly categoryLabels = input<Partial<Record<RiskCategory, string>>>({});
  /** Shown when no category is flagged; nothing when empty. */
  readonly emptyLabel = input('');
  /** Accessible name of the chip set. */
  readonly ariaLabel = input('');
  /** Locale for scores. */
  readonly locale = input('de-DE');

  protected readonly chips = computed<RiskChip[]>(() => {
    const risk = this.risk();
    const labels = this.categoryLabels();
    return RISK_CATEGORIES.filter((category) => risk.categories?.[category]?.flagged)
      .sort((left, right) => risk.categories[right].score - risk.categories[left].score)
      .map((category) => ({
        category,
        label: labels[category] ?? category,
        score: formatScore(risk.categories[category].score, this.locale()),
        rules: [...new Set(risk.categories[category].evidence.map((evidence) => evidence.rule))].join(', '),
        accent: RISK_CATEGORY_COLORS[category].accent,
      }));
  });
}
