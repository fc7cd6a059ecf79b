import {
  type BulkDecisionResult,
  type BulkPreview,
  type CommentPage,
  type CommentView,
  DECISION_TARGET_STATUS,
  type DecisionAction,
  type DecisionResult,
} from '@tenor/contracts';
import type { LoadUser } from './load-setup';
import type { LoadContext } from './load-context';
import { type CallResult, okBody, type TimedCaller } from './timed-caller';
import { decisionPoolOf } from './write-ledger';

// A moderator's day, as shares of actions: mostly reading the queue and deciding single comments.
const ACTION_WEIGHTS = {
  readQueue: 28,
  readCounts: 8,
  readContext: 7,
  decideOne: 32,
  undo: 5,
  decideBulkByIds: 12,
  decideBulkByFilter: 8,
} as const;
// Moderators pick among the first few single-pool comments of the queue, so several often pick the same one.
const CONTESTED_TOP = 6;
// Share of single decisions sent with the version the moderator saw (the dashboard always sends it; scripts may not).
const VERSIONED_DECISION_SHARE = 0.75;
const REJECT_REASONS_USED = ['insult', 'spam', 'off-topic', 'threat', 'other'] as const;
const QUEUE_FILTERS = [
  'status=pending&sort=risk',
  'status=pending&flagged=true&sort=risk',
  'status=pending&sort=time',
  'status=escalated&sort=risk',
  'status=pending&category=insult',
  'status=pending&language=de&sort=article',
  'flagged=true&sort=time',
  'status=pending&q=Regierung',
];

/** The comment list with a filter, 50 a page, from a cursor. */
function queuePath(filter: string, cursor: string | null): string {
  return `/api/comments?${filter}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
}

/** One virtual moderator: reads the queue and decides, alone and in bulk, with its own session. */
export class ModeratorUser {
  private page: CommentView[] = [];
  private readonly decided: { commentId: number; version: number }[] = [];

  constructor(
    private readonly caller: TimedCaller,
    private readonly user: LoadUser,
    private readonly context: LoadContext,
  ) {}

  /** Acts until the load's deadline. */
  async run(): Promise<void> {
    while (!this.context.isOver()) {
      const action = this.context.pickWeighted(ACTION_WEIGHTS);
      await this[action]();
    }
  }

  private async readQueue(): Promise<void> {
    const filter = this.context.pick(QUEUE_FILTERS);
    const pages = 1 + Math.floor(this.context.random() * 3);
    let cursor: string | null = null;
    for (let number = 1; number <= pages && !this.context.isOver(); number++) {
      const kind = number === 1 ? 'queue: first page' : 'queue: next page (cursor)';
      const result = await this.caller.call({ kind, method: 'GET', path: queuePath(filter, cursor) });
      const page = okBody<CommentPage>(result);
      if (!page) return;
      if (number === 1) this.page = page.items;
      cursor = page.nextCursor;
      if (!cursor) return;
    }
  }

  private async readCounts(): Promise<void> {
    await this.caller.call({
      kind: 'queue: counts',
      method: 'GET',
      path: `/api/comments/counts?${this.context.pick(['status=pending', 'flagged=true', 'language=de'])}`,
    });
  }

  private async readContext(): Promise<void> {
    const comment = this.page.length > 0 ? this.context.pick(this.page) : undefined;
    if (!comment) return this.readQueue();
    await this.caller.call({
      kind: 'comment: context',
      method: 'GET',
      path: `/api/comments/${comment.id}/context`,
    });
  }

  /** Decides one of the first comments of the single pool in the queue read last, often one another moderator decides too. */
  private async decideOne(): Promise<void> {
    let candidates = this.page.filter((comment) => decisionPoolOf(comment.articleId) === 'single');
    if (candidates.length === 0) {
      const page = okBody<CommentPage>(
        await this.caller.call({
          kind: 'queue: first page',
          method: 'GET',
          path: '/api/comments?status=pending&sort=risk&limit=50',
        }),
      );
      this.page = page?.items ?? [];
      candidates = this.page.filter((comment) => decisionPoolOf(comment.articleId) === 'single');
      if (candidates.length === 0) return;
    }
    const comment =
      candidates[Math.floor(this.context.random() ** 2 * Math.min(CONTESTED_TOP, candidates.length))];
    const action = this.context.pickWeighted({ approve: 50, reject: 35, escalate: 15 } as const);
    const note = this.context.ledger.nextNote('load', this.user.username);
    const isVersioned = this.context.random() < VERSIONED_DECISION_SHARE;
    const result = await this.caller.call({
      kind: isVersioned ? 'decide: single, with version' : 'decide: single, last wins',
      method: 'POST',
      path: `/api/comments/${comment.id}/decision`,
      body: {
        action,
        ...(action === 'reject' ? { reason: this.context.pick(REJECT_REASONS_USED) } : {}),
        note,
        ...(isVersioned ? { expectedVersion: comment.version } : {}),
      },
      isConflictExpected: isVersioned,
    });
    this.recordDecision(result, comment, action, note);
  }

  private recordDecision(
    result: CallResult,
    comment: CommentView,
    action: DecisionAction,
    note: string,
  ): void {
    const ledger = this.context.ledger;
    if ('failure' in result) {
      ledger.uncertainNotes.add(note);
      ledger.uncertainComments.add(comment.id);
      return;
    }
    if (result.outcome !== 'ok') {
      ledger.refusedNotes.add(note);
      const current =
        result.answer.status === 409
          ? (JSON.parse(result.answer.body) as { comment?: CommentView }).comment
          : undefined;
      if (current) this.replaceInPage(current);
      return;
    }
    const decision = JSON.parse(result.answer.body) as DecisionResult;
    const target = DECISION_TARGET_STATUS[action];
    if (decision.comment.status !== target || decision.event.toStatus !== target) {
      this.context.reportWrongAnswer(
        'decide: single',
        `comment ${comment.id}: ${action} answered status ${decision.comment.status}, event to ${decision.event.toStatus}`,
      );
    }
    ledger.decisionAcks.push({
      commentId: comment.id,
      action,
      note,
      event: {
        id: decision.event.id,
        toStatus: decision.event.toStatus,
        note: decision.event.note,
        action: decision.event.action,
      },
      status: decision.comment.status,
      version: decision.comment.version,
    });
    this.replaceInPage(decision.comment);
    this.decided.push({ commentId: comment.id, version: decision.comment.version });
    if (this.decided.length > 10) this.decided.shift();
  }

  /** Undoes one of this moderator's recent decisions, with the version it left (someone may have changed it since). */
  private async undo(): Promise<void> {
    const index = Math.floor(this.context.random() * this.decided.length);
    const target = this.decided[index];
    if (!target) return this.decideOne();
    this.decided.splice(index, 1);
    const ledger = this.context.ledger;
    const result = await this.caller.call({
      kind: 'decide: undo',
      method: 'POST',
      path: `/api/comments/${target.commentId}/undo`,
      body: { expectedVersion: target.version },
      isConflictExpected: true,
    });
    if ('failure' in result) {
      ledger.uncertainUndos++;
      ledger.uncertainComments.add(target.commentId);
      return;
    }
    if (result.outcome !== 'ok') {
      ledger.refusedUndos++;
      return;
    }
    const decision = JSON.parse(result.answer.body) as DecisionResult;
    ledger.decisionAcks.push({
      commentId: target.commentId,
      action: 'undo',
      note: null,
      event: {
        id: decision.event.id,
        toStatus: decision.event.toStatus,
        note: decision.event.note,
        action: decision.event.action,
      },
      status: decision.comment.status,
      version: decision.comment.version,
    });
    this.replaceInPage(decision.comment);
  }

  /** Selects a handful of bulk-pool comments from the queue and decides them together. */
  private async decideBulkByIds(): Promise<void> {
    let candidates = this.page.filter((comment) => decisionPoolOf(comment.articleId) === 'bulk');
    if (candidates.length < 3) {
      const article = this.pickBulkArticle();
      if (!article) return;
      const page = okBody<CommentPage>(
        await this.caller.call({
          kind: 'queue: first page',
          method: 'GET',
          path: `/api/comments?status=pending&articleId=${article}&sort=risk&limit=50`,
        }),
      );
      candidates = (page?.items ?? []).filter((comment) => decisionPoolOf(comment.articleId) === 'bulk');
      if (candidates.length === 0) return;
    }
    const count = Math.min(candidates.length, 3 + Math.floor(this.context.random() * 23));
    const start = Math.floor(this.context.random() * (candidates.length - count + 1));
    const ids = candidates.slice(start, start + count).map((comment) => comment.id);
    const action = this.context.pickWeighted({ approve: 60, reject: 40 } as const);
    await this.decideBulk('decide: bulk by ids', { ids, expectedCount: ids.length }, action, ids);
  }

  /** Confirms how many comments a filter selects, then decides them; another moderator may change the count first (409). */
  private async decideBulkByFilter(): Promise<void> {
    const articleId = this.pickBulkArticle();
    if (articleId === undefined) return;
    const filter = {
      articleId,
      status: 'pending',
      ...this.context.pick([
        { flagged: true },
        { category: 'insult' },
        { language: 'de', flagged: false },
        {},
      ]),
    };
    const preview = okBody<BulkPreview>(
      await this.caller.call({
        kind: 'decide: bulk preview',
        method: 'POST',
        path: '/api/comments/bulk-decision/preview',
        body: { filter },
      }),
    );
    if (!preview || preview.count === 0 || this.context.isOver()) return;
    const action = this.context.pickWeighted({ approve: 50, reject: 50 } as const);
    await this.decideBulk(
      'decide: bulk by filter',
      { filter, expectedCount: preview.count },
      action,
      undefined,
    );
  }

  private async decideBulk(
    kind: string,
    selection: object,
    action: 'approve' | 'reject',
    ids: number[] | undefined,
  ): Promise<void> {
    const ledger = this.context.ledger;
    const note = ledger.nextNote('load-bulk', this.user.username);
    const result = await this.caller.call({
      kind,
      method: 'POST',
      path: '/api/comments/bulk-decision',
      body: {
        ...selection,
        action,
        ...(action === 'reject' ? { reason: this.context.pick(REJECT_REASONS_USED) } : {}),
        note,
      },
      isConflictExpected: true,
    });
    if ('failure' in result) {
      ledger.uncertainNotes.add(note);
      return;
    }
    if (result.outcome !== 'ok') {
      ledger.refusedNotes.add(note);
      return;
    }
    const answer = JSON.parse(result.answer.body) as BulkDecisionResult;
    const expectedCount = (selection as { expectedCount: number }).expectedCount;
    if (answer.decided + answer.unchanged !== expectedCount) {
      this.context.reportWrongAnswer(
        kind,
        `decided ${answer.decided} + unchanged ${answer.unchanged} is not the confirmed ${expectedCount}`,
      );
    }
    ledger.bulkAcks.push({
      note,
      action,
      toStatus: DECISION_TARGET_STATUS[action],
      ids,
      decided: answer.decided,
      unchanged: answer.unchanged,
    });
    const toStatus = DECISION_TARGET_STATUS[action];
    if (ids)
      this.page = this.page.map((comment) =>
        ids.includes(comment.id) ? { ...comment, status: toStatus } : comment,
      );
  }

  /** An article of the bulk pool this moderator may see. */
  private pickBulkArticle(): number | undefined {
    const articles = this.context.articlesOfPool('bulk', this.user.sections);
    return articles.length > 0 ? this.context.pick(articles).id : undefined;
  }

  private replaceInPage(current: CommentView): void {
    this.page = this.page.map((comment) => (comment.id === current.id ? current : comment));
  }
}
