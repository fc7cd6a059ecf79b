import { DE_LEXICON_STATS } from './lexicon/generated/de-lexicon';

/**
 * Version of the scoring rules; bump the semver part whenever scoring behaviour changes, retraining the offense model
 * included. 0.2.0: the learned offense model (libs/scoring/src/model). 0.2.1: English text without words is all
 * neutral; street addresses take at most ten hyphenated name parts (linear time on hostile input).
 */
const SCORER_RULES_VERSION = '0.2.1';

/** Identifies the scorer behind a result: rules version plus the German lexicon size, e.g. tenor-scorer/0.2.1+lex.1641. */
export const SCORER_VERSION = `tenor-scorer/${SCORER_RULES_VERSION}+lex.${DE_LEXICON_STATS.lemmaCount}`;
