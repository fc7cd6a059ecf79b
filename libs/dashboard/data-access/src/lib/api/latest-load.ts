import { signal } from '@angular/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { type ApiFailure, toApiFailure } from './api-failure';

/** Loads whose answers land in signals; only the latest load's answer or failure is kept (a slower older one is ignored). */
export class LatestLoad {
  private requestNumber = 0;

  /** Whether a load is in flight. */
  readonly isLoading = signal(false);
  /** The last failed load, or another failure reported with `fail`. */
  readonly failure = signal<ApiFailure | null>(null);

  /** Starts a load; `apply` runs with its answer unless a newer load started meanwhile. */
  async run<T>(request: Observable<T>, apply: (value: T) => void): Promise<void> {
    const requestNumber = ++this.requestNumber;
    this.isLoading.set(true);
    this.failure.set(null);
    try {
      const value = await firstValueFrom(request);
      if (requestNumber === this.requestNumber) apply(value);
    } catch (error) {
      if (requestNumber === this.requestNumber) this.failure.set(toApiFailure(error));
    } finally {
      if (requestNumber === this.requestNumber) this.isLoading.set(false);
    }
  }

  /** Shows a failure of a side request (one that does not start a load). */
  fail(error: unknown): void {
    this.failure.set(toApiFailure(error));
  }
}
