/** Tenor's scoring library: language detection, tone (VADER for English, a German port) and risk detection. */
export { SCORER_VERSION } from './scorer-version';
export { createScorer, DEFAULT_FLAG_THRESHOLDS } from './scorer';
export type { Scorer, ScorerOptions } from './scorer';
export { detectLanguage } from './language/detect-language';
