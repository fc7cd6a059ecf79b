import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { I18n, SettingsAuditStore, failureText } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent } from '@tenor/dashboard/ui';
import { SettingsVersionListComponent } from '../settings/settings-version-list.component';

/** The settings part of the audit log: each saved moderation policy version with author, time, note and changes. */
@Component({
  selector: 'tenor-settings-audit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, ErrorBannerComponent, SettingsVersionListComponent],
  providers: [SettingsAuditStore],
  template: `
    @if (failureMessage(); as message) {
      <tenor-error-banner
        [title]="i18n.t('error.title')"
        [message]="message"
        [retryLabel]="i18n.t('common.retry')"
        (retry)="store.load()"
      />
    }
    @if (store.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="i18n.t('common.loading')" />
    }
    @if (store.versions(); as versions) {
      <div class="settings-audit">
        <tenor-settings-version-list
          rowTestId="settings-audit-row"
          [versions]="versions"
          [emptyText]="i18n.t('audit.settingsEmpty')"
        />
      </div>
    }
  `,
  styles: `
    .settings-audit {
      border-radius: 8px;
      border: 1px solid #dfe3eb;
      background: #fff;
    }
  `,
})
export class SettingsAuditComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(SettingsAuditStore);

  protected readonly failureMessage = computed(() => failureText(this.i18n, this.store.failure()));

  constructor() {
    void this.store.load();
  }
}
