/**
 * How much extra findings in one category add beyond the strongest: half of what a noisy-OR of independent evidence
 * would add. Hits in one comment are not independent (same author, same topic), so a pile of weak hints (two mild
 * words at 0.3) should not reach a strong hit's level (0.3 + 0.5 × (0.51 − 0.3) = 0.405, not 0.51). Team choice.
 */
export const EXTRA_EVIDENCE_DAMPING = 0.5;

/** A category's score from its findings' scores: the strongest, plus damped noisy-OR credit for the rest; 0 with none. */
export function combineScores(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  let strongest = 0;
  let missProbability = 1;
  for (let index = 0; index < scores.length; index++) {
    const clamped = Math.max(0, Math.min(1, scores[index]));
    if (clamped > strongest) strongest = clamped;
    missProbability *= 1 - clamped;
  }
  const noisyOr = 1 - missProbability;
  return strongest + EXTRA_EVIDENCE_DAMPING * (noisyOr - strongest);
}
