import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { LiveEvent } from '@tenor/contracts';
import { Observable, Subject } from 'rxjs';

/** The in-process stream of changes that open dashboards follow (server-sent events). */
@Injectable()
export class LiveService implements OnModuleDestroy {
  private readonly events = new Subject<LiveEvent>();

  /** Tells every listener about a change; call after the change is committed. */
  publish(event: LiveEvent): void {
    this.events.next(event);
  }

  /** Every event from now on. */
  stream(): Observable<LiveEvent> {
    return this.events.asObservable();
  }

  onModuleDestroy(): void {
    this.events.complete();
  }
}
