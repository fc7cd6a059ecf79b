import { Injectable, inject, signal } from '@angular/core';
import type { AlertSettings } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';

/** What saving came to: the stored settings, or the API's failure (its validation messages). */
export type AlertSettingsSaveOutcome =
  { kind: 'saved'; settings: AlertSettings } | { kind: 'failed'; failure: ApiFailure };

/** The admins' alert settings: loading and saving. Provide it per page. */
@Injectable()
export class AlertSettingsStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();

  /** The stored settings; null until loaded. */
  readonly settings = signal<AlertSettings | null>(null);
  /** Whether a save is in flight. */
  readonly isSaving = signal(false);
  /** Whether the settings are loading. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed load. */
  readonly failure = this.loads.failure;

  /** Loads the stored settings. */
  async load(): Promise<void> {
    await this.loads.run(this.api.getAlertSettings(), (settings) => this.settings.set(settings));
  }

  /** Saves settings; the API validates them. */
  async save(settings: AlertSettings): Promise<AlertSettingsSaveOutcome> {
    this.isSaving.set(true);
    try {
      const saved = await firstValueFrom(this.api.updateAlertSettings(settings));
      this.settings.set(saved);
      return { kind: 'saved', settings: saved };
    } catch (error) {
      return { kind: 'failed', failure: toApiFailure(error) };
    } finally {
      this.isSaving.set(false);
    }
  }
}
