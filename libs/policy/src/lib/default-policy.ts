import {
  type CategoryThresholds,
  type ModerationPolicy,
  RISK_CATEGORIES,
  type RiskCategory,
} from '@tenor/contracts';
import { DEFAULT_FLAG_THRESHOLDS, DEFAULT_TONE_THRESHOLDS } from '@tenor/scoring';

/**
 * The policy before an admin changes anything, which is what the scorer alone does: VADER's tone cut-offs (±0.05),
 * every category flagged at the scorer's 0.5 and never held or rejected, no pre-moderated sections, no word lists.
 * Deeply frozen; copy it (structuredClone) to edit.
 */
export const DEFAULT_POLICY: ModerationPolicy = deepFreeze({
  tone: { positive: DEFAULT_TONE_THRESHOLDS.positive, negative: DEFAULT_TONE_THRESHOLDS.negative },
  categories: Object.fromEntries(
    RISK_CATEGORIES.map((category): [RiskCategory, CategoryThresholds] => [
      category,
      { flag: DEFAULT_FLAG_THRESHOLDS[category], hold: null, reject: null },
    ]),
  ) as Record<RiskCategory, CategoryThresholds>,
  premoderatedSections: [],
  wordLists: [],
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
