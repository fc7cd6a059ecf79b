import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { PolicyState, PolicyVersionView, ReapplyJobView, SavePolicyRequest } from '@tenor/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';
import { validationMessagesOf } from './policy-messages';
import { isJobRunning } from './policy-preview-view';

/** How often a running re-apply run is asked for its progress. */
export const JOB_POLL_INTERVAL_MS = 1000;

/**
 * What saving or restoring came to: the new state; the API's validation messages (400); a stale base version
 * (409: someone saved meanwhile); or another failure.
 */
export type PolicySaveOutcome =
  | { kind: 'saved'; state: PolicyState }
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'stale'; failure: ApiFailure }
  | { kind: 'failed'; failure: ApiFailure };

/**
 * The admins' moderation policy: the active version, the version list, saving and restoring, and the latest
 * re-apply run, polled about once a second while it runs. Provide it per page.
 */
@Injectable()
export class PolicyStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();
  private readonly versionLoads = new LatestLoad();
  private jobTimer: ReturnType<typeof setTimeout> | null = null;
  private isDestroyed = false;

  /** The active version and the latest run; null until loaded. */
  readonly state = signal<PolicyState | null>(null);
  /** Every saved version, newest first; null until loaded. */
  readonly versions = signal<readonly PolicyVersionView[] | null>(null);
  /** The latest re-apply run (kept current while it runs); null before the first. */
  readonly job = signal<ReapplyJobView | null>(null);
  /** The active version. */
  readonly active = computed(() => this.state()?.active ?? null);
  /** Whether the state is loading. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed load of the state. */
  readonly failure = this.loads.failure;
  /** The last failed load of the version list. */
  readonly versionsFailure = this.versionLoads.failure;
  /** Whether a save is in flight. */
  readonly isSaving = signal(false);
  /** The version being restored, or null. */
  readonly restoringVersion = signal<number | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.isDestroyed = true;
      this.stopJobPolling();
    });
  }

  /** Loads the state and the version list; polls the run when it is still going. */
  async load(): Promise<void> {
    await Promise.all([
      this.loads.run(this.api.getPolicyState(), (state) => this.applyState(state)),
      this.loadVersions(),
    ]);
  }

  /** Loads the version list. */
  async loadVersions(): Promise<void> {
    await this.versionLoads.run(this.api.listPolicyVersions(), (versions) => this.versions.set(versions));
  }

  /** Saves a new version (the API starts its re-apply run). */
  async save(request: SavePolicyRequest): Promise<PolicySaveOutcome> {
    this.isSaving.set(true);
    try {
      return await this.change(this.api.savePolicy(request));
    } finally {
      this.isSaving.set(false);
    }
  }

  /** Saves an older version again as the newest, made from the active version (409 when that is stale). */
  async restore(version: number): Promise<PolicySaveOutcome> {
    const baseVersion = this.active()?.version;
    if (baseVersion === undefined) return { kind: 'failed', failure: { status: 0, message: null } };
    this.restoringVersion.set(version);
    try {
      return await this.change(this.api.restorePolicyVersion(version, baseVersion));
    } finally {
      this.restoringVersion.set(null);
    }
  }

  /** Asks for the latest run now (a model change starts one too) and polls it while it runs. */
  async refreshJob(): Promise<void> {
    this.stopJobPolling();
    await this.pollJob();
  }

  private async change(request: Observable<PolicyState>): Promise<PolicySaveOutcome> {
    try {
      const state = await firstValueFrom(request);
      this.applyState(state);
      void this.loadVersions();
      return { kind: 'saved', state };
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.status === 400) return { kind: 'invalid', messages: validationMessagesOf(error) };
      return failure.status === 409 ? { kind: 'stale', failure } : { kind: 'failed', failure };
    }
  }

  private applyState(state: PolicyState): void {
    this.state.set(state);
    this.job.set(state.job);
    this.stopJobPolling();
    if (isJobRunning(state.job)) this.scheduleJobPoll();
  }

  private async pollJob(): Promise<void> {
    this.jobTimer = null;
    try {
      const job = await firstValueFrom(this.api.getReapplyJob());
      if (this.isDestroyed) return;
      this.job.set(job);
      if (isJobRunning(job)) this.scheduleJobPoll();
    } catch (error) {
      // A missed answer (server busy or unreachable) is no reason to stop watching; a refusal is.
      const { status } = toApiFailure(error);
      if (status === 0 || status >= 500) this.scheduleJobPoll();
    }
  }

  private scheduleJobPoll(): void {
    if (this.isDestroyed || this.jobTimer !== null) return;
    this.jobTimer = setTimeout(() => void this.pollJob(), JOB_POLL_INTERVAL_MS);
  }

  private stopJobPolling(): void {
    if (this.jobTimer !== null) {
      clearTimeout(this.jobTimer);
      this.jobTimer = null;
    }
  }
}
