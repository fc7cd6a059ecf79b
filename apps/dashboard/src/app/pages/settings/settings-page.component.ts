import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AlertSettingsStore, I18n, failureText } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent } from '@tenor/dashboard/ui';
import { AlertSettingsFormComponent } from './alert-settings-form.component';

/** Admin settings, one section per concern; so far the detection of hostile threads and its webhook. */
@Component({
  selector: 'tenor-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, ErrorBannerComponent, AlertSettingsFormComponent],
  providers: [AlertSettingsStore],
  template: `
    <section class="settings-page">
      <h1>{{ i18n.t('settings.title') }}</h1>
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
      @if (store.settings(); as settings) {
        <tenor-alert-settings-form [settings]="settings" />
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 880px;
    }
    h1 {
      margin: 0 0 12px;
      font-size: 1.5rem;
      font-weight: 500;
    }
  `,
})
export class SettingsPageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(AlertSettingsStore);

  protected readonly failureMessage = computed(() => failureText(this.i18n, this.store.failure()));

  constructor() {
    void this.store.load();
  }
}
