import { Injectable, inject, signal } from '@angular/core';
import type { PolicyVersionView } from '@tenor/contracts';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';

/** The settings part of the audit log: every saved moderation policy version with its changes, newest first. Provide it per page. */
@Injectable()
export class SettingsAuditStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();

  /** The versions; null until loaded. */
  readonly versions = signal<readonly PolicyVersionView[] | null>(null);
  /** Whether the list is loading. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed load. */
  readonly failure = this.loads.failure;

  /** Loads the list. */
  async load(): Promise<void> {
    await this.loads.run(this.api.listSettingsAudit(), (versions) => this.versions.set(versions));
  }
}
