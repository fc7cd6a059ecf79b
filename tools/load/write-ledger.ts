import type { CommentStatus, DecisionAction } from '@tenor/contracts';

/** A comment the load sent to be stored, as the database must hold it once acknowledged. */
export interface SentComment {
  externalId: string;
  articleExternalId: string;
  body: string;
}

/** An acknowledged (2xx) ingest request. */
export interface IngestAck {
  comments: SentComment[];
  /** How many comments the answer says it created. */
  created: number;
  /** For /api/comments/batch: the stored id of each comment, in order. */
  ids?: number[];
}

/** An acknowledged single decision or undo, as the server answered it. */
export interface DecisionAck {
  commentId: number;
  action: DecisionAction | 'undo';
  /** The note the load wrote on the decision (undo notes are the server's). */
  note: string | null;
  /** The audit event the answer returned: the new one, or the earlier one when the decision already held. */
  event: { id: number; toStatus: CommentStatus; note: string | null; action: string };
  /** The comment after the decision. */
  status: CommentStatus;
  version: number;
}

/** An acknowledged bulk decision. */
export interface BulkAck {
  note: string;
  action: DecisionAction;
  toStatus: CommentStatus;
  /** The ids sent, or undefined for a selection by filter. */
  ids?: number[];
  decided: number;
  unchanged: number;
}

/** Which decisions pool a comment belongs to: single decisions (contested) or bulk decisions, by its article id. */
export type DecisionPool = 'single' | 'bulk';

/** Single decisions act on comments of odd article ids, bulk decisions on even ones, so each can be checked on its own. */
export function decisionPoolOf(articleId: number): DecisionPool {
  return articleId % 2 === 1 ? 'single' : 'bulk';
}

/**
 * Every write of the load and what came of it: acknowledged (2xx: must be in the database), refused (a definite
 * non-2xx answer: must have left no trace) or uncertain (no answer: may or may not have happened).
 */
export class WriteLedger {
  readonly ingestAcks: IngestAck[] = [];
  readonly decisionAcks: DecisionAck[] = [];
  readonly bulkAcks: BulkAck[] = [];
  /** Notes of decisions answered with a non-2xx status. */
  readonly refusedNotes = new Set<string>();
  /** Notes of decisions that got no answer. */
  readonly uncertainNotes = new Set<string>();
  /** Comments that a decision or undo without an answer may have changed. */
  readonly uncertainComments = new Set<number>();
  /** Undo requests refused with a definite answer (they carry no note of ours). */
  refusedUndos = 0;
  /** Undo requests that got no answer. */
  uncertainUndos = 0;
  /** Ingest requests that got no answer (their comments may or may not be stored). */
  uncertainIngests = 0;
  private noteCounter = 0;

  /** A note unique to one decision request, so its audit events can be found. */
  nextNote(prefix: 'load' | 'load-bulk', user: string): string {
    return `${prefix}:${user}:${++this.noteCounter}`;
  }
}
