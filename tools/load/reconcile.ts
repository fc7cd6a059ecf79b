import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { RollupService } from '../../apps/api/src/trends/rollup.service';
import { rollupLines } from '../../apps/api/test/support/rollup-lines';
import { type DecisionAck, type WriteLedger } from './write-ledger';

/** What the database says about the load's writes. */
export interface Reconciliation {
  /** Acknowledged writes missing or wrong in the database. */
  lostWrites: number;
  /** Writes in the database that a definite refusal says never happened. */
  phantomWrites: number;
  /** Comments stored more than once under one external id. */
  duplicates: number;
  /** Rollup rows that differ from a recount of the raw rows. */
  rollupMismatches: number;
  /** Comments whose status is not what their latest audit event set. */
  inconsistentComments: number;
  /** `ok`, or what SQLite's integrity check found. */
  integrity: string;
  /** What was checked, for the summary. */
  checked: {
    ingestedComments: number;
    decisions: number;
    bulkDecisions: number;
    bulkEvents: number;
    contestedComments: number;
    rollupRows: number;
  };
  /** The first problems found, in words. */
  problems: string[];
}

interface EventRow {
  id: number;
  comment_id: number;
  actor: string;
  action: string;
  to_status: string;
  note: string | null;
}

// Problems described in the report; all are counted.
const DESCRIBED_PROBLEMS = 20;

/** Reads every row of a query from the SQLite file. */
function allRows<T>(database: sqlite3.Database, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) =>
    database.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))),
  );
}

/**
 * Checks the stopped server's database against the ledger: each acknowledged ingest stored exactly once, each
 * acknowledged decision in the audit trail, each contested comment at the status of the decision the server
 * answered last (the highest version), nothing written by refused requests, and rollups equal to a recount.
 */
export async function reconcile(databasePath: string, ledger: WriteLedger): Promise<Reconciliation> {
  const problems: string[] = [];
  const problem = (text: string) => {
    if (problems.length < DESCRIBED_PROBLEMS) problems.push(text);
  };
  // Read-write, though nothing is changed: the FTS5 part of the integrity check needs it (the server has stopped).
  const database = new sqlite3.Database(databasePath, sqlite3.OPEN_READWRITE);
  let lostWrites = 0;
  let phantomWrites = 0;
  let inconsistentComments = 0;
  let integrity: string;
  let duplicates: number;
  let bulkEvents = 0;
  let contestedComments = 0;
  let ingestedComments = 0;
  try {
    integrity = (await allRows<{ integrity_check: string }>(database, 'PRAGMA integrity_check'))
      .map((row) => row.integrity_check)
      .join('; ');

    // Ingest: every acknowledged comment once, with the body and article it was sent with.
    const duplicateRows = await allRows<{ external_id: string; n: number }>(
      database,
      'SELECT external_id, COUNT(*) AS n FROM comments GROUP BY external_id HAVING COUNT(*) > 1',
    );
    duplicates = duplicateRows.reduce((sum, row) => sum + row.n - 1, 0);
    for (const row of duplicateRows.slice(0, 5))
      problem(`comment ${row.external_id} is stored ${row.n} times`);
    const stored = new Map(
      (
        await allRows<{ id: number; external_id: string; body: string; article: string }>(
          database,
          `SELECT c.id, c.external_id, c.body, a.external_id AS article FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.external_id LIKE 'load-c-%'`,
        )
      ).map((row) => [row.external_id, row]),
    );
    ingestedComments = stored.size;
    const acknowledged = new Set<string>();
    for (const ack of ledger.ingestAcks) {
      ack.comments.forEach((comment, index) => {
        const row = stored.get(comment.externalId);
        const isFirstCheck = !acknowledged.has(comment.externalId);
        acknowledged.add(comment.externalId);
        if (!row) {
          if (isFirstCheck) {
            lostWrites++;
            problem(`acknowledged comment ${comment.externalId} is not stored`);
          }
          return;
        }
        if (isFirstCheck && (row.body !== comment.body || row.article !== comment.articleExternalId)) {
          lostWrites++;
          problem(`acknowledged comment ${comment.externalId} is stored with another body or article`);
        }
        if (ack.ids && ack.ids[index] !== row.id) {
          lostWrites++;
          problem(`the batch answer gave ${comment.externalId} id ${ack.ids[index]}, the database ${row.id}`);
        }
      });
    }
    const reportedCreated = ledger.ingestAcks.reduce((sum, ack) => sum + ack.created, 0);
    if (reportedCreated > acknowledged.size) {
      duplicates += reportedCreated - acknowledged.size;
      problem(
        `ingest answers reported ${reportedCreated} comments created, but only ${acknowledged.size} distinct ones were sent`,
      );
    }

    // Decisions: the audit trail and the comments' final state.
    const events = await allRows<EventRow>(
      database,
      'SELECT id, comment_id, actor, action, to_status, note FROM moderation_events ORDER BY id',
    );
    const eventsById = new Map(events.map((event) => [event.id, event]));
    const eventsByNote = new Map<string, EventRow[]>();
    const lastEventOf = new Map<number, EventRow>();
    for (const event of events) {
      lastEventOf.set(event.comment_id, event);
      if (event.note === null) continue;
      const list = eventsByNote.get(event.note) ?? [];
      list.push(event);
      eventsByNote.set(event.note, list);
    }
    const comments = new Map(
      (
        await allRows<{ id: number; status: string; version: number }>(
          database,
          'SELECT id, status, version FROM comments',
        )
      ).map((row) => [row.id, row]),
    );

    for (const ack of ledger.decisionAcks) {
      const event = eventsById.get(ack.event.id);
      if (
        !event ||
        event.comment_id !== ack.commentId ||
        event.to_status !== ack.event.toStatus ||
        event.action !== ack.event.action
      ) {
        lostWrites++;
        problem(
          `acknowledged ${ack.action} of comment ${ack.commentId} (event ${ack.event.id}) is not in the audit trail as answered`,
        );
      }
    }
    // The answer with the highest comment version is the one that won; the comment must still be in that state.
    const winners = new Map<number, DecisionAck>();
    for (const ack of ledger.decisionAcks) {
      const winner = winners.get(ack.commentId);
      if (!winner || ack.version > winner.version) winners.set(ack.commentId, ack);
    }
    contestedComments = winners.size;
    for (const [commentId, winner] of winners) {
      const row = comments.get(commentId);
      const isUncertain = ledger.uncertainComments.has(commentId);
      const isRight =
        row !== undefined &&
        (isUncertain
          ? row.version > winner.version || (row.version === winner.version && row.status === winner.status)
          : row.version === winner.version && row.status === winner.status);
      if (!isRight) {
        lostWrites++;
        problem(
          `comment ${commentId}: the last acknowledged decision left it ${winner.status} at version ${winner.version}, the database has ${row?.status} at version ${row?.version}`,
        );
      }
    }

    for (const ack of ledger.bulkAcks) {
      const found = eventsByNote.get(ack.note) ?? [];
      bulkEvents += found.length;
      const fitting = found.filter(
        (event) => event.to_status === ack.toStatus && (!ack.ids || ack.ids.includes(event.comment_id)),
      );
      if (fitting.length < ack.decided) {
        lostWrites += ack.decided - fitting.length;
        problem(`bulk ${ack.note} answered ${ack.decided} decided, the audit trail has ${fitting.length}`);
      }
      if (found.length > ack.decided) {
        phantomWrites += found.length - ack.decided;
        problem(`bulk ${ack.note} answered ${ack.decided} decided, the audit trail has ${found.length}`);
      }
      // Each comment the bulk changed: its status is what its latest event says (checked for all comments below).
    }
    for (const note of ledger.refusedNotes) {
      const found = eventsByNote.get(note) ?? [];
      if (found.length > 0) {
        phantomWrites += found.length;
        problem(`refused decision ${note} left ${found.length} audit events`);
      }
    }
    const sentNotes = new Set([
      ...ledger.refusedNotes,
      ...ledger.uncertainNotes,
      ...ledger.decisionAcks.map((ack) => ack.note),
      ...ledger.bulkAcks.map((ack) => ack.note),
    ]);
    for (const [note, found] of eventsByNote) {
      if (note.startsWith('load') && !sentNotes.has(note)) {
        phantomWrites += found.length;
        problem(`audit events with note ${note}, which no request sent`);
      }
    }
    const acknowledgedUndos = ledger.decisionAcks.filter((ack) => ack.action === 'undo').length;
    const storedUndos = events.filter(
      (event) => event.action === 'undo' && event.actor.startsWith('load-'),
    ).length;
    if (storedUndos > acknowledgedUndos + ledger.uncertainUndos) {
      phantomWrites += storedUndos - acknowledgedUndos - ledger.uncertainUndos;
      problem(
        `${storedUndos} undo events, but only ${acknowledgedUndos} undos were acknowledged (${ledger.refusedUndos} refused)`,
      );
    }
    for (const [id, row] of comments) {
      const expected = lastEventOf.get(id)?.to_status ?? 'pending';
      if (row.status !== expected) {
        inconsistentComments++;
        problem(`comment ${id} is ${row.status}, its latest audit event says ${expected}`);
      }
    }
  } finally {
    await new Promise<void>((resolve) => database.close(() => resolve()));
  }

  // Rollups, recounted from the raw rows by the server's own recount (as the rollups e2e test does).
  const dataSource = new DataSource({
    type: 'sqlite',
    database: databasePath,
    entities: [],
    migrationsRun: false,
    synchronize: false,
  });
  await dataSource.initialize();
  let rollupMismatches = 0;
  let rollupRows = 0;
  try {
    const rollups = new RollupService(dataSource);
    const storedLines = new Set(rollupLines(await rollups.stored()));
    const recountedLines = new Set(rollupLines(await rollups.recompute()));
    rollupRows = recountedLines.size;
    for (const line of storedLines) {
      if (recountedLines.has(line)) continue;
      rollupMismatches++;
      problem(`rollup row stored but not recounted: ${line}`);
    }
    for (const line of recountedLines) {
      if (storedLines.has(line)) continue;
      rollupMismatches++;
      problem(`rollup row recounted but not stored: ${line}`);
    }
  } finally {
    await dataSource.destroy();
  }

  return {
    lostWrites,
    phantomWrites,
    duplicates,
    rollupMismatches,
    inconsistentComments,
    integrity,
    checked: {
      ingestedComments,
      decisions: ledger.decisionAcks.length,
      bulkDecisions: ledger.bulkAcks.length,
      bulkEvents,
      contestedComments,
      rollupRows,
    },
    problems,
  };
}
