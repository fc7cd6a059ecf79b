import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { ERASURE_MODES, type ErasureMode, type ErasureView } from '@tenor/contracts';
import { ERASURE_MODE_HINT_KEYS, ERASURE_MODE_KEYS, erasureRequest, failureText, I18n, isErasureReady, PrivacyStore } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatCount } from '@tenor/dashboard/ui';
import { firstValueFrom } from 'rxjs';
import { ErasureConfirmation, ErasureConfirmDialogComponent } from './erasure-confirm-dialog.component';
import { ErasureTableComponent } from './erasure-table.component';

/**
 * GDPR erasure requests: an author's name previewed (comments, audit events, earlier requests for it), then every
 * comment of that name deleted or anonymised after a confirmation; below, the record of past requests.
 */
@Component({
  selector: 'tenor-privacy-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    ErrorBannerComponent,
    ErasureTableComponent,
  ],
  templateUrl: './privacy-panel.component.html',
  styleUrl: './privacy-panel.component.scss',
})
export class PrivacyPanelComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(PrivacyStore);
  private readonly dialog = inject(MatDialog);

  protected readonly modes = ERASURE_MODES;
  protected readonly modeKeys = ERASURE_MODE_KEYS;
  protected readonly modeHintKeys = ERASURE_MODE_HINT_KEYS;
  protected readonly doneKeys = {
    delete: 'privacy.done.delete',
    anonymise: 'privacy.done.anonymise',
  } as const;

  protected readonly author = signal('');
  protected readonly mode = signal<ErasureMode>(ERASURE_MODES[0]);
  protected readonly reference = signal('');
  protected readonly errorMessage = signal<string | null>(null);
  /** The last erasure run from this page, with the name it was for (the record keeps only its hash). */
  protected readonly result = signal<{ author: string; erasure: ErasureView } | null>(null);

  protected readonly isAuthorBlank = computed(() => this.author().trim() === '');
  protected readonly isReady = computed(() => isErasureReady(this.store.preview(), this.author()));
  protected readonly listFailure = computed(() => failureText(this.i18n, this.store.failure()));

  protected count(value: number): string {
    return formatCount(value, this.i18n.locale());
  }

  protected changeAuthor(value: string): void {
    this.author.set(value);
    this.errorMessage.set(null);
  }

  /** Counts what an erasure for exactly the typed name would touch. */
  protected async previewAuthor(event: Event): Promise<void> {
    event.preventDefault();
    if (this.isAuthorBlank() || this.store.isPreviewing()) return;
    this.errorMessage.set(null);
    this.result.set(null);
    const outcome = await this.store.previewAuthor(this.author());
    if (outcome.kind === 'failed') this.errorMessage.set(failureText(this.i18n, outcome.failure));
  }

  /** Asks with the previewed count and the mode, then erases; the result stays shown and the record reloads. */
  protected async confirmErasure(): Promise<void> {
    const preview = this.store.preview();
    if (preview === null || !this.isReady() || this.store.isErasing()) return;
    const request = erasureRequest(preview.author, this.mode(), this.reference());
    const dialog = this.dialog.open<ErasureConfirmDialogComponent, ErasureConfirmation, boolean>(
      ErasureConfirmDialogComponent,
      { data: { request, preview }, width: '520px' },
    );
    if ((await firstValueFrom(dialog.afterClosed())) !== true) return;
    this.errorMessage.set(null);
    const outcome = await this.store.erase(request);
    if (outcome.kind === 'failed') {
      this.errorMessage.set(failureText(this.i18n, outcome.failure));
      return;
    }
    this.result.set({ author: request.author, erasure: outcome.erasure });
    this.reference.set('');
  }
}
