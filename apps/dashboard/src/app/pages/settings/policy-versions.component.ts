import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';
import type { PolicyVersionView } from '@tenor/contracts';
import { I18n, PolicyStore, failureText } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent } from '@tenor/dashboard/ui';
import { firstValueFrom } from 'rxjs';
import { RestoreConfirmDialogComponent } from './restore-confirm-dialog.component';
import { SettingsVersionListComponent } from './settings-version-list.component';

/** The saved policy versions, newest first, each older one with a "Wiederherstellen" button that asks first. */
@Component({
  selector: 'tenor-policy-versions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, ErrorBannerComponent, SettingsVersionListComponent],
  template: `
    <section class="versions" data-testid="policy-versions">
      <h3>{{ i18n.t('versions.title') }}</h3>
      @if (listFailure(); as message) {
        <tenor-error-banner
          [title]="i18n.t('error.title')"
          [message]="message"
          [retryLabel]="i18n.t('common.retry')"
          (retry)="store.loadVersions()"
        />
      }
      @if (notice(); as message) {
        <p class="versions__notice" role="status" data-testid="policy-restored">{{ message }}</p>
      }
      @if (restoreFailure(); as message) {
        <tenor-error-banner
          [title]="i18n.t('error.title')"
          [message]="message"
          [dismissLabel]="i18n.t('common.dismiss')"
          (dismiss)="restoreFailure.set(null)"
        />
      }
      <tenor-settings-version-list
        rowTestId="policy-version"
        [versions]="store.versions() ?? []"
        [activeVersion]="store.active()?.version ?? null"
        [restoreLabel]="i18n.t('versions.restore')"
        [busyVersion]="store.restoringVersion()"
        (restoreRequested)="confirmRestore($event)"
      />
    </section>
  `,
  styles: `
    .versions {
      padding: 16px;
      border: 1px solid #dfe3eb;
      border-radius: 8px;
      background: #fff;
    }
    h3 {
      margin: 0 0 8px;
      font-size: 1rem;
      font-weight: 500;
    }
    .versions__notice {
      margin: 0 0 8px;
      padding: 8px 12px;
      border-radius: 4px;
      background: #e8f5e9;
      color: #1b5e20;
      border-left: 4px solid #2e7d32;
    }
  `,
})
export class PolicyVersionsComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(PolicyStore);
  private readonly dialog = inject(MatDialog);

  protected readonly notice = signal<string | null>(null);
  protected readonly restoreFailure = signal<string | null>(null);
  protected readonly listFailure = computed(() => failureText(this.i18n, this.store.versionsFailure()));

  /** Asks, then saves the version again as the newest; the page's edit starts over from it. */
  protected async confirmRestore(version: PolicyVersionView): Promise<void> {
    this.notice.set(null);
    this.restoreFailure.set(null);
    const dialog = this.dialog.open<RestoreConfirmDialogComponent, PolicyVersionView, boolean>(
      RestoreConfirmDialogComponent,
      { data: version, width: '480px' },
    );
    if ((await firstValueFrom(dialog.afterClosed())) !== true) return;
    const outcome = await this.store.restore(version.version);
    switch (outcome.kind) {
      case 'saved':
        this.notice.set(
          this.i18n.t('policy.restored', { from: version.version, version: outcome.state.active.version }),
        );
        break;
      case 'invalid':
        this.restoreFailure.set(outcome.messages.join('; '));
        break;
      case 'stale':
        this.restoreFailure.set(this.i18n.t('policy.stale'));
        break;
      case 'failed':
        this.restoreFailure.set(failureText(this.i18n, outcome.failure));
        break;
    }
  }
}
