import { Injectable, computed, inject, signal } from '@angular/core';
import type { BulkDecisionRequest, BulkDecisionResult, DecisionAction } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { errorBodyOf, toApiFailure } from '../api/api-failure';
import { TenorApi } from '../api/tenor-api';
import {
  BulkSelection,
  articleRiskRangeSelection,
  bulkSelectionBody,
  conflictCountOf,
} from './bulk-selection';
import type { DecisionDetails } from './queue-decisions';
import { checkedInOrder, toggleChecked } from './queue-selection';
import { QueueStore } from './queue-store';
import { commentFilterForView } from './queue-view';

/** A selection wider than the loaded cards (by filter), with the count the API previewed for it. */
export interface WideSelection {
  selection: BulkSelection;
  count: number;
}

/** What a bulk decision came to: done, refused because the selection now holds another count, or failed (banner shown). */
export type BulkOutcome =
  { kind: 'done'; result: BulkDecisionResult } | { kind: 'changed'; count: number } | { kind: 'failed' };

/** Checked cards, filter-wide selections and bulk decisions with a confirmed count. Provide it per page next to QueueStore. */
@Injectable()
export class QueueBulk {
  private readonly api = inject(TenorApi);
  private readonly queue = inject(QueueStore);
  private anchorId: number | null = null;

  /** The checked cards (ids no longer listed are ignored). */
  readonly checkedIds = signal<ReadonlySet<number>>(new Set());
  /** A selection by filter that replaces the checked cards while set. */
  readonly wideSelection = signal<WideSelection | null>(null);
  /** Whether a preview or a bulk decision is in flight. */
  readonly isBusy = signal(false);
  /** The checked cards that are listed, in list order. */
  readonly checkedInList = computed(() => checkedInOrder(this.checkedIds(), this.queue.commentIds()));
  /** What a bulk action would apply to now, or null. */
  readonly selection = computed<BulkSelection | null>(() => {
    const wide = this.wideSelection();
    if (wide !== null) return wide.selection;
    const ids = this.checkedInList();
    return ids.length > 0 ? { kind: 'ids', ids } : null;
  });
  /** How many comments the selection holds, as far as known before the preview. */
  readonly selectionCount = computed(() => this.wideSelection()?.count ?? this.checkedInList().length);

  /** Toggles a card's checkbox; `isRange` (shift) extends from the last clicked card. */
  toggle(commentId: number, isRange: boolean): void {
    this.wideSelection.set(null);
    const result = toggleChecked(
      this.checkedIds(),
      this.queue.commentIds(),
      commentId,
      this.anchorId,
      isRange,
    );
    this.checkedIds.set(result.checked);
    this.anchorId = result.anchorId;
  }

  /** Whether a card is checked (or covered by a filter-wide selection of the current view). */
  isChecked(commentId: number): boolean {
    return this.wideSelection() !== null || this.checkedIds().has(commentId);
  }

  /** Unchecks everything. */
  clear(): void {
    this.checkedIds.set(new Set());
    this.wideSelection.set(null);
    this.anchorId = null;
  }

  /** Selects every comment matching the queue's tab and filters, counted by the API. */
  async selectAllMatching(): Promise<void> {
    await this.selectWide({ kind: 'matching', filter: commentFilterForView(this.queue.view()) });
  }

  /** Selects every pending comment on the filtered article within the risk range, counted by the API. */
  async selectArticleRiskRange(): Promise<void> {
    const selection = articleRiskRangeSelection(this.queue.view());
    if (selection !== null) {
      await this.selectWide(selection);
    }
  }

  /** How many comments a selection holds right now; null when the preview failed (banner shown). */
  async preview(selection: BulkSelection): Promise<number | null> {
    this.isBusy.set(true);
    try {
      return (await firstValueFrom(this.api.previewBulkDecision(bulkSelectionBody(selection)))).count;
    } catch (error) {
      this.queue.fail(toApiFailure(error));
      return null;
    } finally {
      this.isBusy.set(false);
    }
  }

  /** Decides a selection whose count the moderator confirmed; on success clears it and reloads the list. */
  async decide(
    selection: BulkSelection,
    action: DecisionAction,
    details: DecisionDetails,
    expectedCount: number,
  ): Promise<BulkOutcome> {
    const request: BulkDecisionRequest = { action, expectedCount, ...bulkSelectionBody(selection) };
    if (details.reason !== undefined) request.reason = details.reason;
    if (details.note) request.note = details.note;
    this.isBusy.set(true);
    try {
      const result = await firstValueFrom(this.api.decideBulk(request));
      this.clear();
      void this.queue.reload();
      void this.queue.refreshCounts();
      return { kind: 'done', result };
    } catch (error) {
      const failure = toApiFailure(error);
      const count = failure.status === 409 ? conflictCountOf(errorBodyOf(error)) : null;
      if (count !== null) {
        this.updateWideCount(selection, count);
        return { kind: 'changed', count };
      }
      this.queue.fail(failure);
      return { kind: 'failed' };
    } finally {
      this.isBusy.set(false);
    }
  }

  private async selectWide(selection: BulkSelection): Promise<void> {
    const count = await this.preview(selection);
    if (count !== null) {
      this.checkedIds.set(new Set());
      this.wideSelection.set({ selection, count });
    }
  }

  private updateWideCount(selection: BulkSelection, count: number): void {
    const wide = this.wideSelection();
    if (wide !== null && wide.selection === selection) {
      this.wideSelection.set({ selection, count });
    }
  }
}
