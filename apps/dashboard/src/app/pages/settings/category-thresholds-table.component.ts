import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RISK_CATEGORIES } from '@tenor/contracts';
import type { RiskCategory } from '@tenor/contracts';
import { CategoryThresholdsForm, I18n, SwitchableAction } from '@tenor/dashboard/data-access';

/** A typed threshold. */
export interface ThresholdEdit {
  category: RiskCategory;
  field: 'flag' | SwitchableAction;
  text: string;
}

/** Hold or reject switched on or off. */
export interface ActionSwitch {
  category: RiskCategory;
  action: SwitchableAction;
  isOn: boolean;
}

/** The six risk categories with their flag, hold and reject thresholds; hold and reject can be switched off. */
@Component({
  selector: 'tenor-category-thresholds-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSlideToggleModule],
  template: `
    <table class="thresholds" data-testid="policy-categories">
      <thead>
        <tr>
          <th scope="col">{{ i18n.t('policy.column.category') }}</th>
          <th scope="col">{{ i18n.t('policy.column.flag') }}</th>
          <th scope="col">{{ i18n.t('policy.column.hold') }}</th>
          <th scope="col">{{ i18n.t('policy.column.reject') }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.category) {
          <tr data-testid="policy-category-row" [attr.data-category]="row.category">
            <th scope="row">
              {{ row.label }}
              @for (message of errors().get('categories.' + row.category) ?? []; track $index) {
                <span class="thresholds__error" role="alert">{{ message }}</span>
              }
            </th>
            <td>
              <input
                class="thresholds__input"
                type="number"
                min="0"
                max="1"
                step="0.05"
                [attr.aria-label]="i18n.t('policy.column.flag') + ' · ' + row.label"
                [attr.data-testid]="'policy-flag-' + row.category"
                [attr.aria-invalid]="hasErrors('categories.' + row.category + '.flag')"
                [value]="row.thresholds.flag"
                (input)="edit(row.category, 'flag', $any($event.target).value)"
              />
              @for (message of errors().get('categories.' + row.category + '.flag') ?? []; track $index) {
                <span class="thresholds__error" role="alert">{{ message }}</span>
              }
            </td>
            @for (action of actions; track action) {
              <td>
                <div class="thresholds__switchable">
                  <mat-slide-toggle
                    [attr.data-testid]="'policy-' + action + '-switch-' + row.category"
                    [checked]="action === 'hold' ? row.thresholds.isHoldOn : row.thresholds.isRejectOn"
                    [aria-label]="
                      i18n.t(action === 'hold' ? 'policy.switchHold' : 'policy.switchReject', {
                        category: row.label,
                      })
                    "
                    (change)="switchAction(row.category, action, $event.checked)"
                  />
                  @if (action === 'hold' ? row.thresholds.isHoldOn : row.thresholds.isRejectOn) {
                    <input
                      class="thresholds__input"
                      type="number"
                      min="0"
                      max="1"
                      step="0.05"
                      [attr.aria-label]="columnLabel(action) + ' · ' + row.label"
                      [attr.data-testid]="'policy-' + action + '-' + row.category"
                      [attr.aria-invalid]="hasErrors('categories.' + row.category + '.' + action)"
                      [value]="row.thresholds[action]"
                      (input)="edit(row.category, action, $any($event.target).value)"
                    />
                  } @else {
                    <span class="thresholds__off">{{ i18n.t('policy.off') }}</span>
                  }
                </div>
                @for (
                  message of errors().get('categories.' + row.category + '.' + action) ?? [];
                  track $index
                ) {
                  <span class="thresholds__error" role="alert">{{ message }}</span>
                }
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .thresholds {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    th,
    td {
      padding: 6px 10px;
      border-bottom: 1px solid #eceff1;
      text-align: left;
      vertical-align: top;
    }
    thead th {
      font-weight: 500;
      color: #546e7a;
      background: #f8f9fc;
    }
    tbody th {
      font-weight: 500;
      white-space: nowrap;
    }
    .thresholds__switchable {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 36px;
    }
    .thresholds__input {
      width: 5.5em;
      padding: 6px 8px;
      border: 1px solid #b0bec5;
      border-radius: 4px;
      font: inherit;
      font-variant-numeric: tabular-nums;
    }
    .thresholds__input[aria-invalid='true'] {
      border-color: #b3261e;
      background: #fdecea;
    }
    .thresholds__off {
      color: #90a4ae;
    }
    .thresholds__error {
      display: block;
      max-width: 260px;
      margin-top: 4px;
      color: #b3261e;
      font-size: 0.8125rem;
      font-weight: 400;
      white-space: normal;
      overflow-wrap: anywhere;
    }
  `,
})
export class CategoryThresholdsTableComponent {
  protected readonly i18n = inject(I18n);

  /** Each category's thresholds as typed. */
  readonly categories = input.required<Record<RiskCategory, CategoryThresholdsForm>>();
  /** Messages per field path (`categories.insult.reject`), from the API or the form. */
  readonly errors = input<ReadonlyMap<string, readonly string[]>>(new Map());

  /** Emitted when a threshold is typed. */
  readonly thresholdChanged = output<ThresholdEdit>();
  /** Emitted when hold or reject is switched. */
  readonly actionSwitched = output<ActionSwitch>();

  protected readonly actions: readonly SwitchableAction[] = ['hold', 'reject'];
  protected readonly rows = computed(() =>
    RISK_CATEGORIES.map((category) => ({
      category,
      label: this.i18n.t(`category.${category}` as const),
      thresholds: this.categories()[category],
    })),
  );

  protected hasErrors(path: string): boolean {
    return (this.errors().get(path)?.length ?? 0) > 0;
  }

  protected columnLabel(action: SwitchableAction): string {
    return this.i18n.t(action === 'hold' ? 'policy.column.hold' : 'policy.column.reject');
  }

  protected edit(category: RiskCategory, field: 'flag' | SwitchableAction, text: string): void {
    this.thresholdChanged.emit({ category, field, text });
  }

  protected switchAction(category: RiskCategory, action: SwitchableAction, isOn: boolean): void {
    this.actionSwitched.emit({ category, action, isOn });
  }
}
