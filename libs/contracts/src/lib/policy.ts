import type { RiskCategory, ToneLabel } from './scoring';

/**
 * The moderation policy an admin tunes: what the scorer's numbers mean for a comment (its tone label, its flags, and
 * whether it is held for approval or rejected at once). Every save is a new numbered version; comments record the
 * version that set their flags.
 */

/** The three word lists: a block hit rejects, a watch hit flags, an allow entry takes a false friend's hits away. */
export const WORD_LISTS = ['block', 'watch', 'allow'] as const;
/** A word list. */
export type WordList = (typeof WORD_LISTS)[number];

/**
 * How a word-list term matches, always after the scorer's folding (case, ä/ae, ß/ss) and disguise handling
 * (spaced letters, masks, leetspeak, repeated letters, invisible characters, homoglyphs):
 * - `word`: the whole word;
 * - `compound`: a part of a compound word (start, middle or end: "idiot" finds "Vollidioten");
 * - `prefix`: the start of a word ("hetz" finds "Hetzer", "hetzen");
 * - `regex`: a JavaScript regular expression, matched case-insensitively against the folded text.
 */
export const WORD_MATCH_MODES = ['word', 'compound', 'prefix', 'regex'] as const;
/** How a word-list term matches. */
export type WordMatchMode = (typeof WORD_MATCH_MODES)[number];

/** One entry of a word list. */
export interface WordListEntry {
  list: WordList;
  term: string;
  mode: WordMatchMode;
  /** The category a block or watch hit counts in (its flag and evidence); allow entries apply to every category. */
  category: RiskCategory;
  /** Why the entry is there, for the next admin. */
  note?: string;
}

/** One risk category's thresholds on its 0..1 score; null switches the action off. */
export interface CategoryThresholds {
  /** Flag (into the moderators' flagged queue) at or above this. */
  flag: number;
  /** Hold for approval before the site shows it (pre-moderation) at or above this; null for never. */
  hold: number | null;
  /** Reject at once at or above this; null for never. Never below `flag`. */
  reject: number | null;
}

/** Everything the policy decides, as an admin saves it. */
export interface ModerationPolicy {
  /** Tone label cut-offs on the compound: positive at or above `positive`, negative at or below `negative`. */
  tone: { positive: number; negative: number };
  categories: Record<RiskCategory, CategoryThresholds>;
  /** Sections whose new comments are all held for approval (articles are switched one by one on the article). */
  premoderatedSections: string[];
  wordLists: WordListEntry[];
}

/** A saved policy version. */
export interface PolicyVersionView {
  version: number;
  policy: ModerationPolicy;
  author: string;
  createdAt: string;
  /** The admin's note on the save. */
  note: string | null;
  /** When this version restored an older one: that one's number. */
  restoredFrom: number | null;
  /** What changed against the version before, one readable line each. */
  changes: PolicyChange[];
}

/** One readable difference between two policies. */
export interface PolicyChange {
  /** The setting's path, such as `categories.insult.flag` or `wordLists`. */
  path: string;
  /** A sentence for people, such as "Beleidigung: Markieren ab 0.50 → 0.40". */
  text: string;
  before: unknown;
  after: unknown;
}

/** POST /api/settings/policy: saves a new version (the client sends the version it edited; a stale one gets 409). */
export interface SavePolicyRequest {
  policy: ModerationPolicy;
  baseVersion: number;
  note?: string;
}

/** The queue a comment sits in under a policy, for comments no moderator has decided yet. */
export const POLICY_QUEUES = ['none', 'flagged', 'held', 'rejected'] as const;
/** A queue of undecided comments. */
export type PolicyQueue = (typeof POLICY_QUEUES)[number];

/** What a policy makes of one comment. */
export interface PolicyOutcome {
  toneLabel: ToneLabel;
  flags: Record<RiskCategory, boolean>;
  isFlagged: boolean;
  isHeld: boolean;
  isRejected: boolean;
}

/** POST /api/settings/policy/preview: what saving `policy` would do, before saving it. */
export interface PolicyPreviewRequest {
  policy: ModerationPolicy;
}

/** One comment the proposed policy would move. */
export interface PolicyPreviewSample {
  commentId: number;
  articleTitle: string;
  author: string;
  excerpt: string;
  from: PolicyQueue;
  to: PolicyQueue;
}

/** One point of a precision/recall curve: flagging at `threshold` against moderators' past decisions. */
export interface PrecisionRecallPoint {
  threshold: number;
  /** Rejected share of the decided comments flagged at this threshold; null when none would be flagged. */
  precision: number | null;
  /** Flagged share of the rejected comments; null without rejected comments. */
  recall: number | null;
}

/** A category's curve with the current and proposed flag thresholds marked. */
export interface CategoryCurve {
  category: RiskCategory;
  points: PrecisionRecallPoint[];
  current: PrecisionRecallPoint;
  proposed: PrecisionRecallPoint;
}

/** The answer of a preview. */
export interface PolicyPreview {
  /** Comments looked at: every stored comment, or the newest `scanned` when the site has more than the preview reads. */
  scanned: number;
  total: number;
  /** Undecided comments that would change queue, and decided ones whose flags or tone label would change. */
  changedQueue: number;
  changedFlags: number;
  changedTone: number;
  /** Undecided comments moving between queues: `from` → `to` → count (only non-zero moves). */
  moves: { from: PolicyQueue; to: PolicyQueue; count: number }[];
  samples: PolicyPreviewSample[];
  /** Moderator decisions the curves are measured on (approved and rejected comments). */
  decided: { approved: number; rejected: number };
  curves: CategoryCurve[];
}

/** States of a background re-apply run. */
export const REAPPLY_STATES = ['running', 'done', 'failed', 'superseded'] as const;
/** A state of a re-apply run. */
export type ReapplyState = (typeof REAPPLY_STATES)[number];

/** A background run that re-evaluates every stored comment under a policy version (or re-scores under a model). */
export interface ReapplyJobView {
  id: number;
  kind: 'policy' | 'rescore';
  policyVersion: number;
  modelVersion: number;
  state: ReapplyState;
  total: number;
  processed: number;
  changed: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

/** GET /api/settings/policy: the active version and the latest re-apply run. */
export interface PolicyState {
  active: PolicyVersionView;
  job: ReapplyJobView | null;
}

/** Quality of the offense model on moderators' held-back decisions. */
export interface ModelQuality {
  examples: number;
  macroF1: number;
  auc: number | null;
}

/** States of a scoring model version. */
export const MODEL_VERSION_STATES = ['candidate', 'active', 'retired', 'rejected'] as const;
/** A state of a scoring model version. */
export type ModelVersionState = (typeof MODEL_VERSION_STATES)[number];

/** A version of the offense model: 1 is the shipped one; later ones are trained on the site's decisions. */
export interface ModelVersionView {
  version: number;
  state: ModelVersionState;
  /** The version it continued from; null for the shipped model. */
  baseVersion: number | null;
  /** Moderator decisions it was trained on (0 for the shipped model). */
  trainedOn: number;
  /** On the held-back decisions: the base model's quality and this one's. */
  before: ModelQuality | null;
  after: ModelQuality | null;
  createdAt: string;
  author: string;
}

/** GET /api/settings/model. */
export interface ModelOverview {
  active: ModelVersionView;
  candidate: ModelVersionView | null;
  history: ModelVersionView[];
  /** Decisions available for the next training run. */
  decisionsAvailable: number;
}
