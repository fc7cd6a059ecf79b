import { Injectable, computed, inject, signal } from '@angular/core';
import type { AuditEventView } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';
import { AuditFilter, EMPTY_AUDIT_FILTER, auditCsvHref, auditQueryForFilter } from './audit-query';

/** Audit events fetched per page. */
const AUDIT_PAGE_SIZE = 50;

/** The audit log page: filter, loaded events newest first, keyset paging and the CSV link. Provide it per page. */
@Injectable()
export class AuditStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();
  private readonly cursor = signal<string | null>(null);

  /** The applied filter. */
  readonly filter = signal<AuditFilter>(EMPTY_AUDIT_FILTER);
  /** The loaded events; null until first loaded. */
  readonly events = signal<readonly AuditEventView[] | null>(null);
  /** Whether a load is in flight. */
  readonly isLoading = this.loads.isLoading;
  /** Whether a further page is loading. */
  readonly isLoadingMore = signal(false);
  /** The last failed request. */
  readonly failure = this.loads.failure;
  /** Whether the log has older events. */
  readonly hasMore = computed(() => this.cursor() !== null);
  /** The CSV export of the same filter. */
  readonly csvHref = computed(() => auditCsvHref(this.filter()));

  /** Applies a filter and loads its first page. */
  async applyFilter(filter: AuditFilter): Promise<void> {
    this.filter.set(filter);
    await this.load();
  }

  /** Loads the first page of the current filter. */
  async load(): Promise<void> {
    await this.loads.run(
      this.api.listAuditEvents({ ...auditQueryForFilter(this.filter()), limit: AUDIT_PAGE_SIZE }),
      (page) => {
        this.events.set(page.items);
        this.cursor.set(page.nextCursor);
      },
    );
  }

  /** Appends the next (older) page. */
  async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (cursor === null || this.isLoadingMore()) {
      return;
    }
    const filter = this.filter();
    this.isLoadingMore.set(true);
    try {
      const page = await firstValueFrom(
        this.api.listAuditEvents({ ...auditQueryForFilter(filter), limit: AUDIT_PAGE_SIZE, cursor }),
      );
      if (this.filter() === filter) {
        this.events.update((events) => [...(events ?? []), ...page.items]);
        this.cursor.set(page.nextCursor);
      }
    } catch (error) {
      this.loads.fail(error);
    } finally {
      this.isLoadingMore.set(false);
    }
  }
}
