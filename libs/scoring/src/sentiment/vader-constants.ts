/**
 * VADER's tuning constants, as published in vaderSentiment (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based
 * Model for Sentiment Analysis of Social Media Text", ICWSM-14) and carried unchanged into vader-sentiment (npm,
 * src/vaderSentiment.js). The German port uses them as they are.
 */

/** Empirically derived mean sentiment intensity rating increase for booster words (vaderSentiment B_INCR). */
export const B_INCR = 0.293;
/** Empirically derived mean decrease for dampener words (vaderSentiment B_DECR). */
export const B_DECR = -0.293;
/** Empirically derived mean increase for using ALL CAPS to emphasize a word while others are not (vaderSentiment C_INCR). */
export const C_INCR = 0.733;
/** Scalar applied to a negated sentiment word (vaderSentiment N_SCALAR). */
export const N_SCALAR = -0.74;
/** How many preceding tokens may boost, dampen or negate a sentiment word (vaderSentiment's start_i loop 0..2). */
export const LOOKBACK_WINDOW = 3;
/** Booster effect by distance: immediately before ×1, two before ×0.95, three before ×0.9 (vaderSentiment sentiment_valence). */
export const BOOSTER_DISTANCE_FACTORS: readonly number[] = [1, 0.95, 0.9];
/** "never so good": ×1.5 when never + so/this directly precede the word (vaderSentiment never_check, start_i 1). */
export const NEVER_SO_SCALAR = 1.5;
/** "never so … good" one token further away, or so/this directly before it: ×1.25 (vaderSentiment never_check, start_i 2). */
export const NEVER_SO_DISTANT_SCALAR = 1.25;
/** Sentiment before a contrastive "but" counts half (vaderSentiment but_check). */
export const CONTRAST_BEFORE_SCALAR = 0.5;
/** Sentiment after a contrastive "but" counts one and a half times (vaderSentiment but_check). */
export const CONTRAST_AFTER_SCALAR = 1.5;
/** Empirically derived mean increase per exclamation mark (vaderSentiment amplify_ep). */
export const EXCLAMATION_INCREMENT = 0.292;
/** Exclamation marks beyond this many add nothing (vaderSentiment amplify_ep). */
export const MAX_EXCLAMATION_MARKS = 4;
/** Empirically derived increase per question mark when there are two or three (vaderSentiment amplify_qm). */
export const QUESTION_INCREMENT = 0.18;
/** The fixed increase for four or more question marks (vaderSentiment amplify_qm). */
export const MANY_QUESTIONS_INCREMENT = 0.96;
/** Alpha in compound = sum / sqrt(sum² + alpha), approximating the maximum expected sum (vaderSentiment normalize). */
export const NORMALIZE_ALPHA = 15;
