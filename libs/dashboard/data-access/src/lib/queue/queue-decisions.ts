import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CommentStatus,
  CommentView,
  DecisionAction,
  DecisionRequest,
  DecisionResult,
  RejectReason,
} from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { errorBodyOf, toApiFailure } from '../api/api-failure';
import { TenorApi } from '../api/tenor-api';
import { selectionAfter } from './queue-selection';
import { QueueStore } from './queue-store';

/** How many of this session's decisions `u` can take back, newest first. */
const UNDO_DEPTH = 50;

/** Tells the moderator that a decision lost a race: someone else changed the comment first. */
export interface DecisionConflict {
  commentId: number;
  author: string;
  /** The status the comment has now. */
  currentStatus: CommentStatus;
}

/** The reason (for a rejection) and note of a decision. */
export interface DecisionDetails {
  reason?: RejectReason;
  note?: string;
}

/** A decision of this session that can be undone: the version it produced and where its card was. */
interface UndoableDecision {
  commentId: number;
  versionAfter: number;
  index: number;
}

/** Single decisions on queue cards, their undo, and stale-version conflicts. Provide it per page next to QueueStore. */
@Injectable()
export class QueueDecisions {
  private readonly api = inject(TenorApi);
  private readonly queue = inject(QueueStore);
  private readonly undoStack = signal<readonly UndoableDecision[]>([]);

  /** Ids of comments with a decision or undo in flight. */
  readonly decidingCommentIds = signal<ReadonlySet<number>>(new Set());
  /** The last decision that hit a concurrent change. */
  readonly conflict = signal<DecisionConflict | null>(null);
  /** Whether this session has a decision to undo. */
  readonly canUndo = computed(() => this.undoStack().length > 0);

  /**
   * Sends a decision with the version the moderator saw. The selection moves to the next card at once, so the next
   * key acts on it while this decision is on its way. On 409 the card shows the newer state and `conflict` is set.
   */
  async decide(
    comment: CommentView,
    action: DecisionAction,
    details: DecisionDetails = {},
  ): Promise<DecisionResult | null> {
    if (this.decidingCommentIds().has(comment.id)) {
      return null;
    }
    const index = this.queue.commentIds().indexOf(comment.id);
    if (this.queue.selectedId() === comment.id) {
      this.queue.select(selectionAfter(this.queue.commentIds(), comment.id));
    }
    const decision: DecisionRequest = { action, expectedVersion: comment.version };
    if (details.reason !== undefined) decision.reason = details.reason;
    if (details.note) decision.note = details.note;
    this.conflict.set(null);
    return this.whileDeciding(comment.id, async () => {
      const result = await firstValueFrom(this.api.decideComment(comment.id, decision));
      this.queue.applyChangedComment(result.comment);
      this.undoStack.update((stack) =>
        [{ commentId: comment.id, versionAfter: result.comment.version, index }, ...stack].slice(
          0,
          UNDO_DEPTH,
        ),
      );
      return result;
    });
  }

  /** Takes back this session's latest decision and selects its card again. */
  async undoLast(): Promise<DecisionResult | null> {
    const [latest, ...rest] = this.undoStack();
    if (latest === undefined) {
      return null;
    }
    this.undoStack.set(rest);
    return this.undo(latest.commentId, latest.versionAfter, latest.index);
  }

  /** Takes back this session's decision on one comment (the snackbar's undo), if it is still the latest one there. */
  async undoOwnDecision(commentId: number): Promise<DecisionResult | null> {
    const entry = this.undoStack().find((candidate) => candidate.commentId === commentId);
    if (entry === undefined) {
      return null;
    }
    this.undoStack.update((stack) => stack.filter((candidate) => candidate !== entry));
    return this.undo(entry.commentId, entry.versionAfter, entry.index);
  }

  /** Reverts a comment's latest change, whoever made it (the detail's undo button). */
  async undoLatestChange(comment: CommentView): Promise<DecisionResult | null> {
    const index = this.queue.commentIds().indexOf(comment.id);
    return this.undo(comment.id, comment.version, index);
  }

  /** Hides the conflict message. */
  dismissConflict(): void {
    this.conflict.set(null);
  }

  private async undo(
    commentId: number,
    expectedVersion: number,
    index: number,
  ): Promise<DecisionResult | null> {
    this.conflict.set(null);
    return this.whileDeciding(commentId, async () => {
      const result = await firstValueFrom(this.api.undoDecision(commentId, expectedVersion));
      if (index === -1) {
        // Not a listed card (a neighbour opened from the detail): only update it if it happens to be listed.
        this.queue.applyChangedComment(result.comment);
      } else {
        this.queue.restoreComment(result.comment, index);
      }
      if (this.queue.commentIds().includes(commentId)) {
        this.queue.select(commentId);
      }
      this.undoStack.update((stack) => stack.filter((entry) => entry.commentId !== commentId));
      return result;
    });
  }

  /** Runs a request for one comment with its busy flag set; turns a 409 into a conflict and other failures into the banner. */
  private async whileDeciding(
    commentId: number,
    request: () => Promise<DecisionResult>,
  ): Promise<DecisionResult | null> {
    this.setDeciding(commentId, true);
    try {
      return await request();
    } catch (error) {
      const failure = toApiFailure(error);
      const newer = failure.status === 409 ? commentOfConflict(errorBodyOf(error)) : null;
      if (newer !== null) {
        this.queue.applyChangedComment(newer);
        this.conflict.set({ commentId, author: newer.author, currentStatus: newer.status });
      } else {
        this.queue.fail(failure);
      }
      return null;
    } finally {
      this.setDeciding(commentId, false);
      this.queue.scheduleCountsRefresh();
    }
  }

  private setDeciding(commentId: number, isDeciding: boolean): void {
    this.decidingCommentIds.update((ids) => {
      const next = new Set(ids);
      if (isDeciding) {
        next.add(commentId);
      } else {
        next.delete(commentId);
      }
      return next;
    });
  }
}

/** The newer comment a 409 answer carries ({ message, comment }), or null. */
function commentOfConflict(body: unknown): CommentView | null {
  if (typeof body !== 'object' || body === null || !('comment' in body)) {
    return null;
  }
  const comment = body.comment as Partial<CommentView> | null;
  return comment &&
    typeof comment.id === 'number' &&
    typeof comment.version === 'number' &&
    typeof comment.status === 'string'
    ? (comment as CommentView)
    : null;
}
