import type { ModerationPolicy, RiskCategory, WordListEntry } from '@tenor/contracts';
import type { PolicyCommentInput } from '../lib/compile-policy';
import { DEFAULT_POLICY } from '../lib/default-policy';

/** Every category at 0. */
export const ZERO_SCORES: Readonly<Record<RiskCategory, number>> = {
  insult: 0,
  profanity: 0,
  threat: 0,
  hate: 0,
  spam: 0,
  personalData: 0,
};

/** An editable copy of the default policy with changes applied. */
export function policyWith(change: (policy: ModerationPolicy) => void = () => undefined): ModerationPolicy {
  const policy = structuredClone(DEFAULT_POLICY) as ModerationPolicy;
  change(policy);
  return policy;
}

/** The default policy with these word-list entries. */
export function policyWithEntries(...entries: WordListEntry[]): ModerationPolicy {
  return policyWith((policy) => (policy.wordLists = entries));
}

/** A comment input: neutral tone, no scores or evidence, not pre-moderated, unless overridden. */
export function commentInput(overrides: Partial<PolicyCommentInput> = {}): PolicyCommentInput {
  return {
    text: '',
    compound: 0,
    scores: { ...ZERO_SCORES },
    evidence: {},
    isArticlePremoderated: false,
    section: null,
    ...overrides,
  };
}
