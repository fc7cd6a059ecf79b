import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { PolicyVersionView } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';

/** Asks before an older policy version is saved again as the newest; closes with true to go ahead. */
@Component({
  selector: 'tenor-restore-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  host: { 'data-testid': 'policy-restore-dialog' },
  template: `
    <h2 mat-dialog-title>{{ i18n.t('versions.restoreTitle', { version: version.version }) }}</h2>
    <mat-dialog-content>
      <p>{{ i18n.t('versions.restoreText', { version: version.version }) }}</p>
      @if (version.note) {
        <p class="restore__note">„{{ version.note }}“ – {{ version.author }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" data-testid="policy-restore-cancel" [mat-dialog-close]="false">
        {{ i18n.t('common.cancel') }}
      </button>
      <button
        mat-flat-button
        type="button"
        data-testid="policy-restore-confirm"
        cdkFocusInitial
        [mat-dialog-close]="true"
      >
        {{ i18n.t('versions.restore') }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .restore__note {
      color: #546e7a;
      font-style: italic;
    }
  `,
})
export class RestoreConfirmDialogComponent {
  protected readonly i18n = inject(I18n);
  protected readonly version = inject<PolicyVersionView>(MAT_DIALOG_DATA);
}
