/** Tenor's scoring library: language detection, tone (VADER for English, a German port) and risk detection. */
export { SCORER_VERSION } from './scorer-version';
export { createScorer, DEFAULT_FLAG_THRESHOLDS } from './scorer';
export type { Scorer, ScorerOptions } from './scorer';
export { detectLanguage } from './language/detect-language';
export {
  deserializeOffenseModel,
  getShippedOffenseModel,
  retrainOnDecisions,
  serializeOffenseModel,
} from './model';
export type { DecidedOffenseExample, OffenseModel, RetrainingOptions, RetrainingResult } from './model';
export { labelTone, DEFAULT_TONE_THRESHOLDS } from './sentiment/tone-label';
export type { ToneThresholds } from './sentiment/tone-label';
export { normalizeText, toOriginalSpan } from './text/normalize';
export type { NormalizedText } from './text/normalize';
export { tokenizeWords } from './text/word-tokens';
export type { WordToken } from './text/word-tokens';
