import {
  type EvidenceSpan,
  type ModerationPolicy,
  type PolicyOutcome,
  RISK_CATEGORIES,
  type RiskCategory,
} from '@tenor/contracts';
import { labelTone, normalizeText, tokenizeWords } from '@tenor/scoring';
import { sectionKey } from './sections';
import { TextRange, WordListHit, WordListMatcher } from './word-lists/word-list-matcher';

/** Evidence rules starting with this are the policy's own word-list hits; everything else is the scorer's. */
export const LIST_RULE_PREFIX = 'list.';

/** What the policy reads of one comment: the scorer's stored results and where the comment was posted. */
export interface PolicyCommentInput {
  /** The text the scorer scored (the title line, "\n", then the body; or the body alone); evidence offsets point into it. */
  text: string;
  compound: number;
  scores: Record<RiskCategory, number>;
  /** The stored evidence; spans whose rule starts with "list." come from an earlier policy evaluation and are ignored. */
  evidence: Partial<Record<RiskCategory, readonly EvidenceSpan[]>>;
  isArticlePremoderated: boolean;
  section: string | null;
}

/** The policy's verdict on one comment, with what it is based on. */
export type PolicyEvaluation = PolicyOutcome & {
  /** Block and watch hits by their entries' category, rule `list.block:<term>` or `list.watch:<term>`, offsets into the original text. */
  listEvidence: Partial<Record<RiskCategory, EvidenceSpan[]>>;
  /** The scores the thresholds were applied to: the stored ones, or 0 where allow entries took every piece of evidence away. */
  effectiveScores: Record<RiskCategory, number>;
};

/** A policy prepared for evaluating many comments: word lists indexed, regexes compiled, sections in a set. */
export interface CompiledPolicy {
  readonly policy: ModerationPolicy;
  /** Evaluates one comment; pure and synchronous. */
  evaluate(input: PolicyCommentInput): PolicyEvaluation;
}

/**
 * Prepares a policy that validatePolicy accepted (a regex that does not compile throws). evaluate() then decides:
 * - allow entries mark ranges of the text (whole words); a scorer evidence span lying entirely inside one is dropped,
 *   and a category whose evidence is all dropped gets effective score 0. Otherwise the stored score stands: the
 *   scorer's score cannot be taken apart by span, so an allow entry removes a category's score only when it
 *   explains all of it (an approximation; a comment with one allowed and one real hit keeps its full score).
 *   Block and watch hits inside allowed ranges are dropped too;
 * - a category is flagged at effective score ≥ its flag threshold, or with a block or watch hit in it;
 * - a comment is rejected when a category reaches its reject threshold, or on any block hit;
 * - else held when its article or section (compared trimmed and case-insensitively) is pre-moderated, or a
 *   category reaches its hold threshold;
 * - its tone label comes from the compound and the policy's tone cut-offs, as the scorer labels it.
 * Without word-list entries the text is never read; with allow entries only, only comments with scorer evidence.
 */
export function compilePolicy(policy: ModerationPolicy): CompiledPolicy {
  const thresholds = RISK_CATEGORIES.map((category) => policy.categories[category]);
  const premoderatedSections = new Set(policy.premoderatedSections.map(sectionKey));
  const matcher = policy.wordLists.length > 0 ? new WordListMatcher(policy.wordLists) : null;
  const tone = { positive: policy.tone.positive, negative: policy.tone.negative };
  return {
    policy,
    evaluate(input: PolicyCommentInput): PolicyEvaluation {
      const effectiveScores = { ...input.scores };
      let listEvidence: Partial<Record<RiskCategory, EvidenceSpan[]>> = {};
      let hasBlockHit = false;
      if (
        matcher !== null &&
        (matcher.hasHitEntries || (matcher.hasAllowEntries && hasScorerEvidence(input)))
      ) {
        const normalized = normalizeText(input.text);
        const { allowed, hits } = matcher.match(normalized, tokenizeWords(normalized));
        if (allowed.length > 0) dropAllowedEvidence(input, allowed, effectiveScores);
        listEvidence = evidenceOfHits(input.text, hits, allowed);
        hasBlockHit = hits.some((hit) => hit.entry.list === 'block' && !isInside(hit, allowed));
      }
      const flags = {} as Record<RiskCategory, boolean>;
      let isFlagged = false;
      let isRejected = hasBlockHit;
      let isHeldByScore = false;
      for (let index = 0; index < RISK_CATEGORIES.length; index++) {
        const category = RISK_CATEGORIES[index];
        const { flag, hold, reject } = thresholds[index];
        const score = effectiveScores[category] ?? 0;
        const isCategoryFlagged = score >= flag || listEvidence[category] !== undefined;
        flags[category] = isCategoryFlagged;
        if (isCategoryFlagged) isFlagged = true;
        if (reject !== null && score >= reject) isRejected = true;
        if (hold !== null && score >= hold) isHeldByScore = true;
      }
      const isPremoderated =
        input.isArticlePremoderated ||
        (input.section !== null &&
          premoderatedSections.size > 0 &&
          premoderatedSections.has(sectionKey(input.section)));
      return {
        toneLabel: labelTone(input.compound, tone),
        flags,
        isFlagged,
        isHeld: !isRejected && (isPremoderated || isHeldByScore),
        isRejected,
        listEvidence,
        effectiveScores,
      };
    },
  };
}

/** Evidence read from a database row may be null; it counts as none. */
const NO_EVIDENCE: PolicyCommentInput['evidence'] = {};

function hasScorerEvidence(input: PolicyCommentInput): boolean {
  const evidence = input.evidence ?? NO_EVIDENCE;
  for (const category of RISK_CATEGORIES) {
    const spans = evidence[category];
    if (spans !== undefined)
      for (const span of spans) if (!span.rule.startsWith(LIST_RULE_PREFIX)) return true;
  }
  return false;
}

/** Sets a category's effective score to 0 when it had scorer evidence and every span of it lies in an allowed range. */
function dropAllowedEvidence(
  input: PolicyCommentInput,
  allowed: readonly TextRange[],
  effectiveScores: Record<RiskCategory, number>,
): void {
  const evidence = input.evidence ?? NO_EVIDENCE;
  for (const category of RISK_CATEGORIES) {
    const spans = evidence[category];
    if (spans === undefined) continue;
    let hasScorerSpan = false;
    let isAllAllowed = true;
    for (const span of spans) {
      if (span.rule.startsWith(LIST_RULE_PREFIX)) continue;
      hasScorerSpan = true;
      if (!isInside(span, allowed)) {
        isAllAllowed = false;
        break;
      }
    }
    if (hasScorerSpan && isAllAllowed) effectiveScores[category] = 0;
  }
}

/** The block and watch hits outside allowed ranges as evidence spans by category, in text order, each span once per rule. */
function evidenceOfHits(
  text: string,
  hits: readonly WordListHit[],
  allowed: readonly TextRange[],
): Partial<Record<RiskCategory, EvidenceSpan[]>> {
  const evidence: Partial<Record<RiskCategory, EvidenceSpan[]>> = {};
  if (hits.length === 0) return evidence;
  const seen = new Set<string>();
  const sorted = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const hit of sorted) {
    if (isInside(hit, allowed)) continue;
    const { category, rule } = hit.entry;
    const key = `${category}\u0000${rule}\u0000${hit.start}\u0000${hit.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (evidence[category] ??= []).push({
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      rule,
    });
  }
  return evidence;
}

function isInside(span: TextRange, ranges: readonly TextRange[]): boolean {
  for (const range of ranges) if (span.start >= range.start && span.end <= range.end) return true;
  return false;
}
