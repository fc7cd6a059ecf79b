import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ModelQuality } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import { formatCount, formatScore } from '@tenor/dashboard/ui';

/** A model version's quality on held-back decisions: macro-F1 and AUC of the model it continued from and of itself. */
@Component({
  selector: 'tenor-model-quality-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (after() === null && before() === null) {
      <p class="quality__none">{{ i18n.t('model.qualityNone') }}</p>
    } @else {
      <p class="quality__caption">{{ caption() }}</p>
      <table class="quality">
        <thead>
          <tr>
            <th scope="col">{{ i18n.t('model.column.measure') }}</th>
            <th scope="col">{{ i18n.t('model.column.before') }}</th>
            <th scope="col">{{ i18n.t('model.column.after') }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.name) {
            <tr [attr.data-testid]="'model-quality-' + row.name">
              <th scope="row">{{ row.label }}</th>
              <td data-testid="model-quality-before">{{ row.before }}</td>
              <td
                data-testid="model-quality-after"
                [class.quality--better]="row.isBetter"
                [class.quality--worse]="row.isWorse"
              >
                {{ row.after }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    .quality__caption,
    .quality__none {
      margin: 4px 0;
      color: #607d8b;
      font-size: 0.8125rem;
    }
    .quality {
      border-collapse: collapse;
      font-size: 0.875rem;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      padding: 4px 16px 4px 0;
      text-align: left;
      border-bottom: 1px solid #eceff1;
    }
    thead th {
      font-weight: 500;
      color: #546e7a;
    }
    tbody th {
      font-weight: 400;
    }
    .quality--better {
      color: #2e7d32;
      font-weight: 600;
    }
    .quality--worse {
      color: #c62828;
      font-weight: 600;
    }
  `,
})
export class ModelQualityTableComponent {
  protected readonly i18n = inject(I18n);

  /** The quality of the model it continued from; null when not measured. */
  readonly before = input<ModelQuality | null>(null);
  /** Its own quality; null when not measured. */
  readonly after = input<ModelQuality | null>(null);

  protected readonly caption = computed(() => {
    const examples = this.after()?.examples ?? this.before()?.examples ?? 0;
    return this.i18n.t('model.quality', { examples: formatCount(examples, this.i18n.locale()) });
  });
  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    const format = (value: number | null | undefined) =>
      value === null || value === undefined ? this.i18n.t('preview.none') : formatScore(value, locale);
    const row = (name: 'macroF1' | 'auc', label: string) => {
      const before = this.before()?.[name] ?? null;
      const after = this.after()?.[name] ?? null;
      return {
        name,
        label,
        before: format(before),
        after: format(after),
        isBetter: before !== null && after !== null && after > before,
        isWorse: before !== null && after !== null && after < before,
      };
    };
    return [row('macroF1', this.i18n.t('model.macroF1')), row('auc', this.i18n.t('model.auc'))];
  });
}
