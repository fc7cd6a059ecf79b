import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RISK_CATEGORIES } from '@tenor/contracts';
import type { RiskResult } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import { RISK_CATEGORY_COLORS, formatScore } from '@tenor/dashboard/ui';

/** Every risk category's score as a bar, with the rules that fired and the text they fired on: the "why" of a verdict. */
@Component({
  selector: 'tenor-category-scores',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'detail-category-scores' },
  template: `
    <ul class="category-scores">
      @for (row of rows(); track row.category) {
        <li
          class="category-scores__row"
          [class.category-scores__row--flagged]="row.isFlagged"
          [attr.data-category]="row.category"
        >
          <span class="category-scores__label">{{ row.label }}</span>
          <span class="category-scores__bar" aria-hidden="true"
            ><span [style.width.%]="row.percent" [style.background-color]="row.accent"></span
          ></span>
          <span class="category-scores__score">{{ row.score }}</span>
          @if (row.evidence.length > 0) {
            <ul class="category-scores__evidence">
              @for (evidence of row.evidence; track $index) {
                <li>
                  <code>{{ evidence.rule }}</code> „{{ evidence.text }}“
                </li>
              }
            </ul>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .category-scores {
      list-style: none;
      margin: 0;
      padding: 0;
      font-size: 0.875rem;
    }
    .category-scores__row {
      display: grid;
      grid-template-columns: 9.5em 1fr 3em;
      align-items: center;
      gap: 2px 8px;
      padding: 3px 0;
      color: #78909c;
    }
    .category-scores__row--flagged {
      color: #263238;
      font-weight: 500;
    }
    .category-scores__bar {
      height: 6px;
      border-radius: 3px;
      background: #eceff1;
      overflow: hidden;
      span {
        display: block;
        height: 100%;
      }
    }
    .category-scores__score {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .category-scores__evidence {
      grid-column: 1 / -1;
      margin: 0 0 2px 12px;
      padding: 0;
      list-style: none;
      font-weight: 400;
      color: #455a64;
      overflow-wrap: anywhere;
    }
    code {
      font-size: 0.75rem;
      background: #eceff1;
      padding: 0 4px;
      border-radius: 3px;
    }
  `,
})
export class CategoryScoresComponent {
  private readonly i18n = inject(I18n);

  /** The comment's risk verdict. */
  readonly risk = input.required<RiskResult>();

  protected readonly rows = computed(() => {
    const risk = this.risk();
    const locale = this.i18n.locale();
    return RISK_CATEGORIES.map((category) => {
      const verdict = risk.categories?.[category] ?? { score: 0, flagged: false, evidence: [] };
      return {
        category,
        label: this.i18n.t(`category.${category}` as const),
        score: formatScore(verdict.score, locale),
        percent: Math.round(Math.min(Math.max(verdict.score, 0), 1) * 100),
        isFlagged: verdict.flagged,
        accent: RISK_CATEGORY_COLORS[category].accent,
        evidence: verdict.evidence,
      };
    }).sort(
      (left, right) => Number(right.isFlagged) - Number(left.isFlagged) || right.percent - left.percent,
    );
  });
}
