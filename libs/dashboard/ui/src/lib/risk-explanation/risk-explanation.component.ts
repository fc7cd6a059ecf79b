import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RISK_CATEGORIES } from '@tenor/contracts';
import type { RiskCategory, RiskResult } from '@tenor/contracts';
import { RISK_CATEGORY_COLORS } from '../evidence-text/risk-category-colors';
import { formatScore } from '../format/format';

interface ExplainedCategory {
  category: RiskCategory;
  label: string;
  score: string;
  scoreValue: number;
  isFlagged: boolean;
  accent: string;
  evidence: { key: string; rule: string; text: string }[];
}

/** The why of a risk verdict: per category with evidence, its score and each rule id with the text that fired it. */
@Component({
  selector: 'tenor-risk-explanation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (categories().length > 0) {
      <dl class="risk-explanation">
        @for (entry of categories(); track entry.category) {
          <div class="risk-explanation__category" [class.risk-explanation__category--flagged]="entry.isFlagged" [attr.data-category]="entry.category">
            <dt [style.border-left-color]="entry.accent">{{ entry.label }} {{ entry.score }}</dt>
            @for (evidence of entry.evidence; track evidence.key) {
              <dd><code>{{ evidence.rule }}</code> „{{ evidence.text }}“</dd>
            }
          </div>
        }
      </dl>
    }
  `,
  styles: `
    .risk-explanation {
      margin: 0;
      font-size: 0.8125rem;
      color: #455a64;
    }
    .risk-explanation__category {
      margin-bottom: 4px;
      opacity: 0.75;
    }
    .risk-explanation__category--flagged {
      opacity: 1;
    }
    dt {
      font-weight: 500;
      border-left: 3px solid transparent;
      padding-left: 6px;
    }
    dd {
      margin: 0 0 0 9px;
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
export class RiskExplanationComponent {
  /** The comment's risk result. */
  readonly risk = input.required<RiskResult>();
  /** Display names of the categories. */
  readonly categoryLabels = input<Partial<Record<RiskCategory, string>>>({});
  /** Locale for scores. */
  readonly locale = input('de-DE');

  /** Categories that have evidence, flagged ones first, then by score. */
  protected readonly categories = computed<ExplainedCategory[]>(() => {
    const risk = this.risk();
    const labels = this.categoryLabels();
    return RISK_CATEGORIES.filter((category) => (risk.categories?.[category]?.evidence.length ?? 0) > 0)
      .map((category) => {
        const verdict = risk.categories[category];
        return {
          category,
          label: labels[category] ?? category,
          score: formatScore(verdict.score, this.locale()),
          scoreValue: verdict.score,
          isFlagged: verdict.flagged,
          accent: RISK_CATEGORY_COLORS[category].accent,
          evidence: verdict.evidence.map((evidence, index) => ({ key: `${index}:${evidence.rule}`, rule: evidence.rule, text: evidence.text })),
        };
      })
      .sort((left, right) => Number(right.isFlagged) - Number(left.isFlagged) || right.scoreValue - left.scoreValue);
  });
}
