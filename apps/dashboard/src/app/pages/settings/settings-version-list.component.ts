import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { PolicyVersionView } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import { formatDateTime } from '@tenor/dashboard/ui';

/**
 * Moderation policy versions as a table: number, time, author, note and the readable changes; with a restore label,
 * every version but the active one gets a button. Shared by the settings page and the audit log.
 */
@Component({
  selector: 'tenor-settings-version-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (rows().length === 0) {
      <p class="version-list__empty">{{ emptyText() ?? i18n.t('versions.empty') }}</p>
    } @else {
      <div class="version-list__wrapper">
        <table class="version-list">
          <thead>
            <tr>
              <th scope="col">{{ i18n.t('versions.column.version') }}</th>
              <th scope="col">{{ i18n.t('versions.column.time') }}</th>
              <th scope="col">{{ i18n.t('versions.column.author') }}</th>
              <th scope="col">{{ i18n.t('versions.column.note') }}</th>
              <th scope="col">{{ i18n.t('versions.column.changes') }}</th>
              @if (restoreLabel()) {
                <th scope="col">
                  <span class="version-list__hidden">{{ restoreLabel() }}</span>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.version.version) {
              <tr
                [attr.data-testid]="rowTestId()"
                [attr.data-version]="row.version.version"
                [class.version-list__active]="row.isActive"
              >
                <td class="version-list__number">
                  {{ row.version.version }}
                  @if (row.isActive) {
                    <span class="version-list__badge" data-testid="version-active">{{
                      i18n.t('versions.active')
                    }}</span>
                  }
                </td>
                <td class="version-list__time">
                  <time [attr.datetime]="row.version.createdAt">{{ row.time }}</time>
                </td>
                <td>{{ row.version.author }}</td>
                <td class="version-list__note">
                  {{ row.version.note }}
                  @if (row.version.restoredFrom !== null) {
                    <span class="version-list__restored">{{
                      i18n.t('versions.restoredFrom', { version: row.version.restoredFrom })
                    }}</span>
                  }
                </td>
                <td>
                  @if (row.version.changes.length === 0) {
                    <span class="version-list__none">{{ i18n.t('versions.noChanges') }}</span>
                  } @else {
                    <ul class="version-list__changes">
                      @for (change of row.version.changes; track $index) {
                        <li data-testid="version-change" [attr.data-path]="change.path">{{ change.text }}</li>
                      }
                    </ul>
                  }
                </td>
                @if (restoreLabel(); as label) {
                  <td>
                    @if (!row.isActive) {
                      <button
                        mat-stroked-button
                        type="button"
                        data-testid="version-restore"
                        [disabled]="busyVersion() !== null"
                        (click)="restoreRequested.emit(row.version)"
                      >
                        {{ label }}
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .version-list__wrapper {
      overflow-x: auto;
    }
    .version-list {
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
    th {
      font-weight: 500;
      color: #546e7a;
      background: #f8f9fc;
    }
    .version-list__active {
      background: #f1f8e9;
    }
    .version-list__number,
    .version-list__time {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .version-list__badge {
      margin-left: 6px;
      padding: 0 8px;
      border-radius: 10px;
      background: #c8e6c9;
      color: #1b5e20;
      font-size: 0.75rem;
    }
    .version-list__note {
      max-width: 240px;
      overflow-wrap: anywhere;
    }
    .version-list__restored {
      display: block;
      color: #78909c;
      font-size: 0.8125rem;
    }
    .version-list__changes {
      margin: 0;
      padding-left: 16px;
    }
    .version-list__none,
    .version-list__empty {
      color: #78909c;
    }
    .version-list__hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class SettingsVersionListComponent {
  protected readonly i18n = inject(I18n);

  /** The versions, newest first. */
  readonly versions = input.required<readonly PolicyVersionView[]>();
  /** The active version (marked, and not restorable); null to mark none. */
  readonly activeVersion = input<number | null>(null);
  /** The restore button's label; null for no buttons (the audit log). */
  readonly restoreLabel = input<string | null>(null);
  /** The version being restored: every button waits meanwhile. */
  readonly busyVersion = input<number | null>(null);
  /** data-testid of each row. */
  readonly rowTestId = input('settings-version');
  /** What an empty list says; null for the default. */
  readonly emptyText = input<string | null>(null);

  /** Emitted with the version to restore. */
  readonly restoreRequested = output<PolicyVersionView>();

  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    const active = this.activeVersion();
    return this.versions().map((version) => ({
      version,
      isActive: version.version === active,
      time: formatDateTime(version.createdAt, locale),
    }));
  });
}
