import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { AuthorErasurePreview, ErasureRequest } from '@tenor/contracts';
import { ERASURE_MODE_HINT_KEYS, ERASURE_MODE_KEYS, I18n } from '@tenor/dashboard/data-access';
import { formatCount } from '@tenor/dashboard/ui';

/** What the confirmation states: the request about to be sent and the preview's counts. */
export interface ErasureConfirmation {
  request: ErasureRequest;
  preview: AuthorErasurePreview;
}

/** Asks before every comment of an author is deleted or anonymised, naming the count and the mode; closes with true to go ahead. */
@Component({
  selector: 'tenor-erasure-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  host: { 'data-testid': 'privacy-confirm-dialog' },
  template: `
    <h2 mat-dialog-title>{{ title }}</h2>
    <mat-dialog-content>
      <dl class="confirm__facts">
        <dt>{{ i18n.t('privacy.comments') }}</dt>
        <dd data-testid="privacy-confirm-comments">{{ count(data.preview.comments) }}</dd>
        <dt>{{ i18n.t('privacy.events') }}</dt>
        <dd>{{ count(data.preview.events) }}</dd>
        <dt>{{ i18n.t('privacy.mode') }}</dt>
        <dd data-testid="privacy-confirm-mode" [attr.data-mode]="request.mode">
          <strong>{{ i18n.t(modeKeys[request.mode]) }}</strong> – {{ i18n.t(modeHintKeys[request.mode]) }}
        </dd>
        <dt>{{ i18n.t('privacy.column.reference') }}</dt>
        <dd>{{ request.reference ?? i18n.t('preview.none') }}</dd>
      </dl>
      <p class="confirm__warning">{{ i18n.t('privacy.confirmText') }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" data-testid="privacy-confirm-cancel" [mat-dialog-close]="false">
        {{ i18n.t('common.cancel') }}
      </button>
      <button mat-flat-button type="button" data-testid="privacy-confirm" [mat-dialog-close]="true">
        {{ i18n.t(modeKeys[request.mode]) }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm__facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 0 0 12px;
    }
    dt {
      color: #546e7a;
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .confirm__warning {
      margin: 0;
      padding: 8px 12px;
      border-radius: 4px;
      background: #fff8e1;
      border-left: 4px solid #ffa000;
    }
  `,
})
export class ErasureConfirmDialogComponent {
  protected readonly i18n = inject(I18n);
  protected readonly data = inject<ErasureConfirmation>(MAT_DIALOG_DATA);
  protected readonly request = this.data.request;

  protected readonly title = this.i18n.t(
    this.request.mode === 'delete' ? 'privacy.confirmTitle.delete' : 'privacy.confirmTitle.anonymise',
    { author: this.request.author },
  );
  protected readonly modeKeys = ERASURE_MODE_KEYS;
  protected readonly modeHintKeys = ERASURE_MODE_HINT_KEYS;

  protected count(value: number): string {
    return formatCount(value, this.i18n.locale());
  }
}
