import {
  type CommentStatus,
  type EvidenceSpan,
  type ModerationPolicy,
  type PolicyQueue,
  RISK_CATEGORIES,
  type RejectReason,
  type RiskCategory,
  type ToneLabel,
} from '@tenor/contracts';
import { type CompiledPolicy, LIST_RULE_PREFIX, type PolicyEvaluation } from '@tenor/policy';
import type { CommentEntity, StatusSource, StoredEvidence } from '../comments/comment.entity';
import type { PolicyStatusChange } from './policy.service';
import { RISK_CATEGORY_FIELDS, scoredText } from '../comments/comment-columns';
import type { RollupComment } from '../trends/rollup.service';

/** What a policy evaluation reads of a stored comment and writes back, with the article facts it needs. */
export type PolicyRow = RollupComment &
  Pick<
    CommentEntity,
    | 'id'
    | 'title'
    | 'body'
    | 'riskInsult'
    | 'riskProfanity'
    | 'riskThreat'
    | 'riskHate'
    | 'riskSpam'
    | 'riskPersonalData'
    | 'isHeld'
    | 'evidence'
    | 'status'
    | 'statusSource'
    | 'policyVersion'
    | 'version'
  > & { isArticlePremoderated: boolean; section: string | null };

/**
 * The SELECT list of a PolicyRow over `comments c JOIN articles a`; rows come back through `policyRowOf`, which
 * turns SQLite's 0/1 into booleans and parses the evidence JSON.
 */
export const POLICY_ROW_SELECT = [
  'c.id AS id',
  'c.article_id AS "articleId"',
  'c.posted_at AS "postedAt"',
  'c.posted_day AS "postedDay"',
  'c.language AS language',
  'c.title AS title',
  'c.body AS body',
  'c.tone_compound AS "toneCompound"',
  'c.tone_label AS "toneLabel"',
  ...RISK_CATEGORIES.flatMap((category) => {
    const { score, flag, flagColumn } = RISK_CATEGORY_FIELDS[category];
    return [`c.${flagColumn.replace('flag_', 'risk_')} AS "${score}"`, `c.${flagColumn} AS "${flag}"`];
  }),
  'c.is_flagged AS "isFlagged"',
  'c.is_held AS "isHeld"',
  'c.evidence AS evidence',
  'c.status AS status',
  'c.status_source AS "statusSource"',
  'c.policy_version AS "policyVersion"',
  'c.version AS version',
  'a.is_premoderated AS "isArticlePremoderated"',
  'a.section AS section',
].join(', ');

/** A raw row selected with POLICY_ROW_SELECT as a PolicyRow. */
export function policyRowOf(raw: Record<string, unknown>): PolicyRow {
  const row = { ...raw } as Record<string, unknown>;
  for (const category of RISK_CATEGORIES) {
    const { score, flag } = RISK_CATEGORY_FIELDS[category];
    row[score] = Number(row[score]);
    row[flag] = Boolean(row[flag]);
  }
  row.id = Number(row.id);
  row.articleId = Number(row.articleId);
  row.toneCompound = Number(row.toneCompound);
  row.isFlagged = Boolean(row.isFlagged);
  row.isHeld = Boolean(row.isHeld);
  row.isArticlePremoderated = Boolean(row.isArticlePremoderated);
  row.policyVersion = Number(row.policyVersion);
  row.version = Number(row.version);
  if (typeof row.evidence === 'string') row.evidence = JSON.parse(row.evidence) as StoredEvidence;
  return row as PolicyRow;
}

/** The policy's reading of a stored comment (or of one about to be stored). */
export function evaluateRow(
  policy: CompiledPolicy,
  row: Pick<PolicyRow, 'title' | 'body' | 'toneCompound' | 'evidence' | 'isArticlePremoderated' | 'section'> &
    Pick<CommentEntity, 'riskInsult' | 'riskProfanity' | 'riskThreat' | 'riskHate' | 'riskSpam' | 'riskPersonalData'>,
): PolicyEvaluation {
  const scores = {} as Record<RiskCategory, number>;
  for (const category of RISK_CATEGORIES) scores[category] = row[RISK_CATEGORY_FIELDS[category].score];
  return policy.evaluate({
    text: scoredText(row),
    compound: row.toneCompound,
    scores,
    evidence: row.evidence,
    isArticlePremoderated: row.isArticlePremoderated,
    section: row.section,
  });
}

/** The columns a policy evaluation sets: tone label, flags, hold, the evidence with its word-list hits, the version. */
export interface PolicyColumns {
  toneLabel: ToneLabel;
  flagInsult: boolean;
  flagProfanity: boolean;
  flagThreat: boolean;
  flagHate: boolean;
  flagSpam: boolean;
  flagPersonalData: boolean;
  isFlagged: boolean;
  isHeld: boolean;
  evidence: StoredEvidence;
  policyVersion: number;
}

/** The columns of an evaluation under policy `version`, the stored scorer evidence kept and the list hits renewed. */
export function policyColumns(evaluation: PolicyEvaluation, storedEvidence: StoredEvidence, version: number): PolicyColumns {
  return {
    toneLabel: evaluation.toneLabel,
    flagInsult: evaluation.flags.insult,
    flagProfanity: evaluation.flags.profanity,
    flagThreat: evaluation.flags.threat,
    flagHate: evaluation.flags.hate,
    flagSpam: evaluation.flags.spam,
    flagPersonalData: evaluation.flags.personalData,
    isFlagged: evaluation.isFlagged,
    isHeld: evaluation.isHeld,
    evidence: withListEvidence(storedEvidence, evaluation.listEvidence),
    policyVersion: version,
  };
}

/**
 * The stored evidence with the word-list hits renewed: the scorer's spans kept, earlier list hits replaced by these.
 * Without list hits either side (most comments) it is the stored object itself, so nothing is built or compared.
 */
function withListEvidence(stored: StoredEvidence, listEvidence: StoredEvidence): StoredEvidence {
  const hasListHits = RISK_CATEGORIES.some((category) => (listEvidence[category]?.length ?? 0) > 0);
  const hasStoredListHits = RISK_CATEGORIES.some((category) => stored[category]?.some((span) => span.rule.startsWith(LIST_RULE_PREFIX)));
  if (!hasListHits && !hasStoredListHits) return stored;
  const evidence: StoredEvidence = {};
  for (const category of RISK_CATEGORIES) {
    const spans: EvidenceSpan[] = [];
    for (const span of stored[category] ?? []) if (!span.rule.startsWith(LIST_RULE_PREFIX)) spans.push(span);
    for (const span of listEvidence[category] ?? []) spans.push(span);
    if (spans.length > 0) evidence[category] = spans;
  }
  return evidence;
}

/** Whether the policy columns differ from the stored ones (the version aside). */
export function policyColumnsDiffer(columns: PolicyColumns, row: PolicyRow): boolean {
  if (columns.toneLabel !== row.toneLabel || columns.isFlagged !== row.isFlagged || columns.isHeld !== row.isHeld) return true;
  for (const category of RISK_CATEGORIES) {
    const flag = RISK_CATEGORY_FIELDS[category].flag;
    if (columns[flag] !== row[flag]) return true;
  }
  return columns.evidence !== row.evidence && JSON.stringify(columns.evidence) !== JSON.stringify(row.evidence);
}

/**
 * The status the policy gives a comment: rejected when it says so, otherwise pending; a comment a moderator has
 * decided keeps the moderator's status whatever the policy says.
 */
export function policyStatus(isRejected: boolean, status: CommentStatus, source: StatusSource): CommentStatus {
  if (source === 'moderator') return status;
  return isRejected ? 'rejected' : 'pending';
}

/** The queue an undecided comment sits in, from its stored columns. */
export function storedQueue(row: Pick<PolicyRow, 'status' | 'isHeld' | 'isFlagged'>): PolicyQueue {
  if (row.status === 'rejected') return 'rejected';
  if (row.isHeld) return 'held';
  return row.isFlagged ? 'flagged' : 'none';
}

/** The reject reason code of each category, for the audit event of a rejection by the policy. */
const REJECT_REASON_OF: Record<RiskCategory, RejectReason> = {
  insult: 'insult',
  profanity: 'insult',
  threat: 'threat',
  hate: 'incitement',
  spam: 'spam',
  personalData: 'personal-data',
};

/**
 * The audit record of a status the policy sets: a rejection with its reason and note, or the release of one
 * (`rejection` null) back to pending.
 */
export function policyStatusChange(
  commentId: number,
  fromStatus: CommentStatus,
  toStatus: CommentStatus,
  rejection: { reason: RejectReason; note: string } | null,
  version: number,
): PolicyStatusChange {
  return {
    commentId,
    fromStatus,
    toStatus,
    reason: rejection?.reason ?? null,
    note: rejection?.note ?? `Richtlinie v${version}: nicht mehr abgelehnt`,
  };
}

/** Why the policy rejects: the reason code and a note naming the categories or word-list hits behind it. */
export function rejectionOf(
  evaluation: PolicyEvaluation,
  policy: ModerationPolicy,
  version: number,
): { reason: RejectReason; note: string } {
  const causes: RiskCategory[] = [];
  const hits: string[] = [];
  for (const category of RISK_CATEGORIES) {
    const blocked = (evaluation.listEvidence[category] ?? []).filter((span) => span.rule.startsWith('list.block'));
    for (const span of blocked) hits.push(`„${span.text}“`);
    const threshold = policy.categories[category].reject;
    const isOverThreshold = threshold !== null && evaluation.effectiveScores[category] >= threshold;
    if (isOverThreshold || blocked.length > 0) causes.push(category);
  }
  const reason = causes.length > 0 ? REJECT_REASON_OF[causes[0]] : 'other';
  const because = [...causes, ...(hits.length > 0 ? [`Sperrliste ${hits.join(', ')}`] : [])];
  return { reason, note: `Richtlinie v${version}: ${because.join(', ')}` };
}
