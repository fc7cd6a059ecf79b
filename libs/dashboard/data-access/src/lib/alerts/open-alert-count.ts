import { Injectable, OnDestroy, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { TenorApi } from '../api/tenor-api';

/** How often the navigation badge asks for open alerts: alerts are detected in minutes, not seconds. */
const REFRESH_INTERVAL_MS = 60_000;

/** The number of open hostile-thread alerts for the navigation badge, refreshed every minute while started. */
@Injectable({ providedIn: 'root' })
export class OpenAlertCount implements OnDestroy {
  private readonly api = inject(TenorApi);
  private timer: ReturnType<typeof setInterval> | null = null;
  private requestNumber = 0;

  /** Open alerts; null until known (or when the last request failed). */
  readonly count = signal<number | null>(null);

  /** Counts now and then every minute, until stopped. */
  start(): void {
    if (this.timer !== null) return;
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_INTERVAL_MS);
  }

  /** Stops counting and forgets the count (on sign-out, or for roles without alerts). */
  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.requestNumber++;
    this.count.set(null);
  }

  /** Counts again now (after an acknowledgement, say). */
  async refresh(): Promise<void> {
    const requestNumber = ++this.requestNumber;
    try {
      const alerts = await firstValueFrom(this.api.listAlerts('open'));
      if (requestNumber === this.requestNumber) this.count.set(alerts.length);
    } catch {
      // A badge is no place for errors; the alerts page reports them.
      if (requestNumber === this.requestNumber) this.count.set(null);
    }
  }

  ngOnDestroy(): void {
    this.stop();
  }
}
