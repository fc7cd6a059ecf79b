import { DOCUMENT, Injectable, OnDestroy, inject, signal } from '@angular/core';
import type { LiveEvent } from '@tenor/contracts';
import { Subject } from 'rxjs';
import { API_PREFIX } from '../api/tenor-api';
import { LIVE_EVENT_TYPES, parseLiveEvent, reconnectDelayMs } from './live-event';

/** State of the live connection, for a small indicator. */
export type LiveConnectionState = 'connecting' | 'open' | 'waiting';

/**
 * Follows GET /api/live (server-sent events; the session cookie goes along) and reconnects with back-off when the
 * stream drops. Provide it per page that needs it; it connects on `connect()` and closes when the page goes.
 */
@Injectable()
export class LiveUpdates implements OnDestroy {
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly eventSubject = new Subject<LiveEvent>();
  private source: EventSource | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private failedAttempts = 0;

  /** The events, parsed; malformed ones are dropped. */
  readonly events = this.eventSubject.asObservable();
  /** Whether the stream is open, being opened, or waiting to retry. */
  readonly state = signal<LiveConnectionState>('connecting');
  /** When waiting, the delay before the next attempt in milliseconds. */
  readonly retryDelayMs = signal<number | null>(null);

  /** Opens the stream (once). */
  connect(): void {
    if (this.source !== null || this.window === null || typeof this.window.EventSource !== 'function') {
      return;
    }
    this.clearReconnectTimer();
    this.state.set('connecting');
    const source = new this.window.EventSource(`${API_PREFIX}/live`);
    this.source = source;
    source.onopen = () => {
      this.failedAttempts = 0;
      this.retryDelayMs.set(null);
      this.state.set('open');
    };
    // Without our own retry the browser would reconnect at its fixed pace, and not at all after an HTTP error.
    source.onerror = () => this.scheduleReconnect();
    for (const type of LIVE_EVENT_TYPES) {
      source.addEventListener(type, (message) => {
        const event = parseLiveEvent(type, (message as MessageEvent<string>).data);
        if (event !== null) this.eventSubject.next(event);
      });
    }
  }

  /** Closes the stream and stops retrying. */
  disconnect(): void {
    this.clearReconnectTimer();
    this.source?.close();
    this.source = null;
  }

  ngOnDestroy(): void {
    this.disconnect();
    this.eventSubject.complete();
  }

  private scheduleReconnect(): void {
    this.source?.close();
    this.source = null;
    const delay = reconnectDelayMs(this.failedAttempts++);
    this.state.set('waiting');
    this.retryDelayMs.set(delay);
    this.clearReconnectTimer();
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }

  private clearReconnectTimer(): void {
    if (this.reconnectTimer !== null) {
      clearTimeout(this.reconnectTimer);
      this.reconnectTimer = null;
    }
  }
}
