import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AlertSettings } from '@tenor/contracts';
import {
  ALERT_SETTINGS_FIELDS,
  AlertSettingsForm,
  AlertSettingsStore,
  I18n,
  alertSettingsForm,
  alertSettingsFromForm,
  failureText,
} from '@tenor/dashboard/data-access';

/** Input attributes per field: numbers with their step, the webhook as a URL. */
const FIELD_INPUTS: Record<
  keyof AlertSettings,
  { type: 'number' | 'url'; step: string | null; min: string | null }
> = {
  windowHours: { type: 'number', step: '1', min: '1' },
  baselineHours: { type: 'number', step: '1', min: '1' },
  minComments: { type: 'number', step: '1', min: '1' },
  minLift: { type: 'number', step: '0.05', min: '0' },
  minZ: { type: 'number', step: '0.5', min: '0' },
  webhookUrl: { type: 'url', step: null, min: null },
};

/** The form of the alert settings: window, baseline, minimum comments, lift and z, webhook; shows the API's validation messages. */
@Component({
  selector: 'tenor-alert-settings-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form class="alert-settings" data-testid="alert-settings-form" novalidate (submit)="save($event)">
      <h2>{{ i18n.t('settings.alerts') }}</h2>
      <p class="alert-settings__hint">{{ i18n.t('settings.alertsHint') }}</p>
      <div class="alert-settings__fields">
        @for (field of fields; track field) {
          <mat-form-field subscriptSizing="dynamic" [class.alert-settings__wide]="field === 'webhookUrl'">
            <mat-label>{{ i18n.t(labelKeys[field]) }}</mat-label>
            <input
              matInput
              [type]="inputs[field].type"
              [attr.step]="inputs[field].step"
              [attr.min]="inputs[field].min"
              [attr.data-testid]="'alert-settings-' + field"
              [value]="form()[field]"
              (input)="change(field, $any($event.target).value)"
            />
            @if (field === 'webhookUrl') {
              <mat-hint>{{ i18n.t('settings.webhookHint') }}</mat-hint>
            }
          </mat-form-field>
        }
      </div>
      @if (errorMessage(); as message) {
        <p class="alert-settings__error" role="alert" data-testid="alert-settings-error">{{ message }}</p>
      }
      @if (isSaved()) {
        <p class="alert-settings__saved" role="status" data-testid="alert-settings-saved">
          {{ i18n.t('settings.saved') }}
        </p>
      }
      <div class="alert-settings__actions">
        <button mat-flat-button type="submit" data-testid="alert-settings-save" [disabled]="store.isSaving()">
          {{ i18n.t('common.save') }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .alert-settings {
      padding: 16px;
      border: 1px solid #dfe3eb;
      border-radius: 8px;
      background: #fff;
    }
    h2 {
      margin: 0 0 4px;
      font-size: 1.125rem;
      font-weight: 500;
    }
    .alert-settings__hint {
      margin: 0 0 16px;
      color: #546e7a;
    }
    .alert-settings__fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 12px;
    }
    .alert-settings__wide {
      grid-column: 1 / -1;
    }
    .alert-settings__error,
    .alert-settings__saved {
      margin: 16px 0 0;
      padding: 8px 12px;
      border-radius: 4px;
      overflow-wrap: anywhere;
    }
    .alert-settings__error {
      background: #fdecea;
      color: #8c1d18;
      border-left: 4px solid #b3261e;
    }
    .alert-settings__saved {
      background: #e8f5e9;
      color: #1b5e20;
      border-left: 4px solid #2e7d32;
    }
    .alert-settings__actions {
      display: flex;
      justify-content: flex-end;
      margin-top: 16px;
    }
  `,
})
export class AlertSettingsFormComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(AlertSettingsStore);

  /** The stored settings the form starts from. */
  readonly settings = input.required<AlertSettings>();

  protected readonly fields = ALERT_SETTINGS_FIELDS;
  protected readonly inputs = FIELD_INPUTS;
  protected readonly labelKeys = {
    windowHours: 'settings.windowHours',
    baselineHours: 'settings.baselineHours',
    minComments: 'settings.minComments',
    minLift: 'settings.minLift',
    minZ: 'settings.minZ',
    webhookUrl: 'settings.webhookUrl',
  } as const;
  protected readonly form = signal<AlertSettingsForm>(
    alertSettingsForm({
      windowHours: 0,
      baselineHours: 0,
      minComments: 0,
      minLift: 0,
      minZ: 0,
      webhookUrl: null,
    }),
  );
  protected readonly errorMessage = signal<string | null>(null);
  protected readonly isSaved = signal(false);

  constructor() {
    // The form follows the stored settings whenever they change (loaded, or saved and normalised by the API).
    effect(() => this.form.set(alertSettingsForm(this.settings())));
  }

  protected change(field: keyof AlertSettings, value: string): void {
    this.form.update((form) => ({ ...form, [field]: value }));
    this.isSaved.set(false);
  }

  /** Sends the form; the API validates and its messages are shown as they come. */
  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.errorMessage.set(null);
    this.isSaved.set(false);
    const outcome = await this.store.save(alertSettingsFromForm(this.form()));
    if (outcome.kind === 'failed') {
      this.errorMessage.set(failureText(this.i18n, outcome.failure));
      return;
    }
    this.isSaved.set(true);
  }
}
