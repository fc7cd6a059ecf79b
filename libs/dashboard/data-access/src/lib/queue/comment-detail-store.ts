import { Injectable, inject, signal } from '@angular/core';
import type { CommentContext } from '@tenor/contracts';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';

/** The comment detail: which comment is open and its context (article, audit trail, author history, neighbours). Provide it per page. */
@Injectable()
export class CommentDetailStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();

  /** Id of the open comment; null when the detail is closed. */
  readonly openCommentId = signal<number | null>(null);
  /** The loaded context of the open comment (kept while the next one loads, so the panel does not flicker). */
  readonly context = signal<CommentContext | null>(null);
  /** Whether a load is in flight. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed load. */
  readonly failure = this.loads.failure;

  /** Opens a comment (or switches the open detail to it) and loads its context. */
  async open(commentId: number): Promise<void> {
    if (this.openCommentId() === commentId && this.context()?.comment.id === commentId) {
      return;
    }
    this.openCommentId.set(commentId);
    await this.refresh();
  }

  /** Reloads the open comment's context (after a decision or a live change). */
  async refresh(): Promise<void> {
    const commentId = this.openCommentId();
    if (commentId === null) {
      return;
    }
    await this.loads.run(this.api.getCommentContext(commentId), (context) => {
      if (this.openCommentId() === commentId) this.context.set(context);
    });
  }

  /** Closes the detail. */
  close(): void {
    this.openCommentId.set(null);
    this.context.set(null);
  }
}
