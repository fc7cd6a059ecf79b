import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ErasureView } from '@tenor/contracts';
import { ERASURE_MODE_KEYS, I18n, authorHashPrefix } from '@tenor/dashboard/data-access';
import { formatCount, formatDateTime } from '@tenor/dashboard/ui';

/**
 * GDPR erasure records as a table: time, who, mode, ticket, how many comments and audit events, and the start of the
 * name's hash (the record keeps no name). Used for the whole record and for the earlier requests of one name.
 */
@Component({
  selector: 'tenor-erasure-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length === 0) {
      <p class="erasures__empty">{{ emptyText() }}</p>
    } @else {
      <div class="erasures__wrapper">
        <table class="erasures">
          <thead>
            <tr>
              <th scope="col">{{ i18n.t('privacy.column.time') }}</th>
              <th scope="col">{{ i18n.t('privacy.column.actor') }}</th>
              <th scope="col">{{ i18n.t('privacy.column.mode') }}</th>
              <th scope="col">{{ i18n.t('privacy.column.reference') }}</th>
              <th scope="col" class="erasures__count">{{ i18n.t('privacy.column.comments') }}</th>
              <th scope="col" class="erasures__count">{{ i18n.t('privacy.column.events') }}</th>
              <th scope="col">{{ i18n.t('privacy.column.hash') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.erasure.id) {
              <tr [attr.data-testid]="rowTestId()" [attr.data-mode]="row.erasure.mode">
                <td class="erasures__time">
                  <time [attr.datetime]="row.erasure.at">{{ row.time }}</time>
                </td>
                <td>{{ row.erasure.actor }}</td>
                <td>
                  <span class="erasures__mode" [attr.data-mode]="row.erasure.mode">{{ row.mode }}</span>
                </td>
                <td>{{ row.erasure.reference ?? i18n.t('preview.none') }}</td>
                <td class="erasures__count">{{ row.comments }}</td>
                <td class="erasures__count">{{ row.events }}</td>
                <td>
                  <code [title]="row.erasure.authorHash">{{ row.hash }}</code>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .erasures__empty {
      margin: 0;
      color: #607d8b;
      font-size: 0.8125rem;
    }
    .erasures__wrapper {
      overflow-x: auto;
    }
    .erasures {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    th,
    td {
      padding: 6px 10px;
      border-bottom: 1px solid #eceff1;
      text-align: left;
      vertical-align: middle;
    }
    th {
      font-weight: 500;
      color: #546e7a;
      background: #f8f9fc;
    }
    .erasures__time {
      white-space: nowrap;
    }
    .erasures__count {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .erasures__mode {
      padding: 0 8px;
      border-radius: 10px;
      font-size: 0.75rem;
      background: #eceff1;

      &[data-mode='delete'] {
        background: #ffcdd2;
        color: #b71c1c;
      }

      &[data-mode='anonymise'] {
        background: #c5cae9;
        color: #1a237e;
      }
    }
    code {
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      font-size: 0.8125rem;
      color: #455a64;
    }
  `,
})
export class ErasureTableComponent {
  protected readonly i18n = inject(I18n);

  /** The records, in the order to show them (the API's: newest first). */
  readonly erasures = input.required<readonly ErasureView[]>();
  /** The data-testid of each row. */
  readonly rowTestId = input.required<string>();
  /** What to show without records. */
  readonly emptyText = input.required<string>();

  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    return this.erasures().map((erasure) => ({
      erasure,
      time: formatDateTime(erasure.at, locale),
      mode: this.i18n.t(ERASURE_MODE_KEYS[erasure.mode]),
      comments: formatCount(erasure.comments, locale),
      events: formatCount(erasure.events, locale),
      hash: authorHashPrefix(erasure.authorHash),
    }));
  });
}
