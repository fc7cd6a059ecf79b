import { N_SCALAR } from './vader-constants';

/**
 * Constants of the German extensions to VADER. VADER has no rule for these; each says where its number comes from.
 */

/**
 * A positive word in scare quotes (Das "mächtige" Russland) is meant ironically, i.e. negated. We reuse VADER's
 * negation scalar rather than invent a number: "mächtige" (+1.5) becomes −1.11, as "nicht mächtige" would.
 */
export const IRONY_SCALAR = N_SCALAR;
/**
 * Scare quotes wrap one to three words («Kernprinzipien», "Führer auf Lebzeit"); a longer quote is reported speech and
 * keeps its tone. Three mirrors VADER's three-token look-back window.
 */
export const IRONY_MAX_QUOTED_WORDS = 3;
/**
 * German puts "nicht" after the finite verb (Das gefällt mir nicht.). A clause-final "nicht" up to this many tokens after
 * a sentiment word negates it with N_SCALAR: VADER's three-token window, mirrored.
 */
export const POST_NEGATION_WINDOW = 3;
/**
 * A valenced first part on a neutral head (Ramsch|währung, Drecks|regierung) gives the compound this share of the first
 * part's valence. Team choice, not fitted: the head carries a compound's meaning, so the first part counts less than
 * the word alone; 0.75 keeps a strongly negative modifier (−2.3) clearly negative (−1.7).
 */
export const COMPOUND_MODIFIER_WEIGHT = 0.75;
/** Shortest head a compound may be split off at: four letters (Krieg, Hass, Sieg); three-letter heads (Mut, Not) split too much (Armut). */
export const MIN_COMPOUND_HEAD_LENGTH = 4;
/** Shortest first part of a compound: three letters (Mist|kerl, Tod|feind). */
export const MIN_COMPOUND_MODIFIER_LENGTH = 3;
/** Privative second parts turn the first part's valence around (fehler|frei, hoffnungs|los). */
export const PRIVATIVE_HEADS: ReadonlySet<string> = new Set([
  'frei',
  'freie',
  'freien',
  'freier',
  'freies',
  'freiem',
  'los',
  'lose',
  'losen',
  'loser',
  'loses',
  'losem',
  'losigkeit',
]);
/** Words outside the lexicon are remembered with their analysis (mostly "neutral"); past this many the memory is cleared, bounding it to a few MB. */
export const COMPOUND_CACHE_LIMIT = 50_000;
