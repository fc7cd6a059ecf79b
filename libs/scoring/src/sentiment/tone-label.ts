import type { ToneLabel } from '@tenor/contracts';

/** Compound cut-offs for the tone label: positive at or above `positive`, negative at or below `negative`. */
export interface ToneThresholds {
  readonly positive: number;
  readonly negative: number;
}

/** VADER's recommended cut-offs: compound ≥ 0.05 positive, ≤ −0.05 negative (vaderSentiment README). */
export const DEFAULT_TONE_THRESHOLDS: ToneThresholds = { positive: 0.05, negative: -0.05 };

/** The tone label of a compound score. */
export function labelTone(compound: number, thresholds: ToneThresholds): ToneLabel {
  if (compound >= thresholds.positive) return 'positive';
  if (compound <= thresholds.negative) return 'negative';
  return 'neutral';
}
