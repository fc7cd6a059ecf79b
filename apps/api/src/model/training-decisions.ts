import type { RejectReason } from '@tenor/contracts';
import type { DecidedOffenseExample } from '@tenor/scoring';
import type { EntityManager } from 'typeorm';
import { scoredText } from '../comments/comment-columns';
import { SqlParameters } from '../database/sql-parameters';

/**
 * Rejection reasons that mean offensive language. Spam, off-topic and personal data are rejected for what they are,
 * not for how they speak, so they would teach the model nothing true about offense and are left out; a rejection
 * without a reason counts as offense, as most rejections are.
 */
export const OFFENSE_REJECT_REASONS: readonly RejectReason[] = ['insult', 'threat', 'incitement', 'other'];

// The newest decisions a training run reads at most. A training row of a 300-character comment holds about 700
// hashed features (8 KB); 10,000 rows and the copy the fit makes stay under 200 MB in the training thread, and 5,000
// short decisions trained in 1.4 s on the 2-core development machine.
export const MAX_TRAINING_DECISIONS = 10_000;

/** Which decisions count: those made after `after` (none: from the start) up to and including `until`. */
export interface DecisionWindow {
  after: string | null;
  until: string;
}

/**
 * The FROM and WHERE of moderators' decisions: comments whose status a human set to approved or rejected, with the
 * event that set it (the comment's latest), made within the window, and rejected for offense if rejected.
 */
function decisionsFrom(parameters: SqlParameters, window: DecisionWindow): string {
  const conditions = [
    "c.status_source = 'moderator'",
    "c.status IN ('approved', 'rejected')",
    'e.to_status = c.status',
    `(c.status = 'approved' OR e.reason IS NULL OR e.reason IN (${parameters.list(OFFENSE_REJECT_REASONS)}))`,
    `e.at <= ${parameters.add(window.until)}`,
    // An anonymised comment (PrivacyService) has no text left to learn from.
    "c.body <> ''",
  ];
  if (window.after !== null) conditions.push(`e.at > ${parameters.add(window.after)}`);
  return `FROM comments c
    JOIN moderation_events e ON e.id = (SELECT MAX(m.id) FROM moderation_events m WHERE m.comment_id = c.id)
    WHERE ${conditions.join(' AND ')}`;
}

/** How many decisions the window holds. */
export async function countDecisions(manager: EntityManager, window: DecisionWindow): Promise<number> {
  const parameters = new SqlParameters(manager);
  const from = decisionsFrom(parameters, window);
  const [{ count }]: { count: number | string }[] = await manager.query(`SELECT COUNT(*) AS count ${from}`, parameters.values);
  return Number(count);
}

/** The window's decisions as training examples (newest MAX_TRAINING_DECISIONS): approved → no offense, rejected → offense. */
export async function readDecisions(manager: EntityManager, window: DecisionWindow): Promise<DecidedOffenseExample[]> {
  const parameters = new SqlParameters(manager);
  const from = decisionsFrom(parameters, window);
  const rows: { id: number; title: string | null; body: string; status: string }[] = await manager.query(
    `SELECT c.id, c.title, c.body, c.status ${from} ORDER BY e.id DESC LIMIT ${parameters.add(MAX_TRAINING_DECISIONS)}`,
    parameters.values,
  );
  // In comment order, so the same decisions always train alike whatever order the database returns them in.
  return rows
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((row) => ({ id: String(row.id), text: scoredText(row), isOffense: row.status === 'rejected' }));
}
