import { DE_LEXICON_STATS } from './lexicon/generated/de-lexicon';

/** Version of the scoring rules; bump the semver part whenever scoring behaviour changes. */
const SCORER_RULES_VERSION = '0.1.0';

/** Identifies the scorer behind a result: rules version plus the German lexicon size, e.g. tenor-scorer/0.1.0+lex.1641. */
export const SCORER_VERSION = `tenor-scorer/${SCORER_RULES_VERSION}+lex.${DE_LEXICON_STATS.lemmaCount}`;
