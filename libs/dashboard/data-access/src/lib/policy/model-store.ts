import { Injectable, inject, signal } from '@angular/core';
import type { ModelOverview } from '@tenor/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';

/** The admins' actions on the offense model. */
export type ModelAction = 'train' | 'accept' | 'reject' | 'rollback';

/** What a model action came to: the new overview, or the API's failure. */
export type ModelActionOutcome =
  { kind: 'done'; overview: ModelOverview } | { kind: 'failed'; failure: ApiFailure };

/** The offense model that learns from moderators: its versions, training a candidate, accepting or discarding it, rolling back. Provide it per page. */
@Injectable()
export class ModelStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();

  /** The active model, the candidate and the history; null until loaded. */
  readonly overview = signal<ModelOverview | null>(null);
  /** Whether the overview is loading. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed load. */
  readonly failure = this.loads.failure;
  /** The action in flight, or null. */
  readonly runningAction = signal<ModelAction | null>(null);

  /** Loads the overview. */
  async load(): Promise<void> {
    await this.loads.run(this.api.getModelOverview(), (overview) => this.overview.set(overview));
  }

  /** Trains a candidate on the moderators' decisions. */
  train(): Promise<ModelActionOutcome> {
    return this.run('train', this.api.trainModel());
  }

  /** Makes a candidate the active model (the API re-scores the comments under it). */
  accept(version: number): Promise<ModelActionOutcome> {
    return this.run('accept', this.api.acceptModelVersion(version));
  }

  /** Discards a candidate. */
  reject(version: number): Promise<ModelActionOutcome> {
    return this.run('reject', this.api.rejectModelVersion(version));
  }

  /** Returns to the model the active one continued from. */
  rollback(): Promise<ModelActionOutcome> {
    return this.run('rollback', this.api.rollbackModel());
  }

  private async run(action: ModelAction, request: Observable<ModelOverview>): Promise<ModelActionOutcome> {
    this.runningAction.set(action);
    try {
      const overview = await firstValueFrom(request);
      this.overview.set(overview);
      return { kind: 'done', overview };
    } catch (error) {
      return { kind: 'failed', failure: toApiFailure(error) };
    } finally {
      this.runningAction.set(null);
    }
  }
}
