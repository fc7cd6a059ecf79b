import { CONTRAST_BEFORE_SCALAR, LOOKBACK_WINDOW, N_SCALAR } from './vader-constants';

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
/** Negators that German puts after the verb they negate (Das klappt nie. Sie hetzt keineswegs.); "kein" never follows its word. */
export const POST_NEGATORS: ReadonlySet<string> = new Set([
  'nicht',
  'nie',
  'niemals',
  'keineswegs',
  'keinesfalls',
  'mitnichten',
  'nimmer',
]);
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
/**
 * Verbal and nominal prefixes: a "first part" that is only one of these makes a derived word, not a compound
 * (ver|danken, be|geistern, ent|sorge, vor|marsch), so no head is split off after it.
 */
export const NON_COMPOUND_FIRST_PARTS: ReadonlySet<string> = new Set([
  'ab',
  'an',
  'auf',
  'aus',
  'be',
  'bei',
  'dar',
  'durch',
  'ein',
  'emp',
  'ent',
  'er',
  'fort',
  'ge',
  'her',
  'hin',
  'miss',
  'mit',
  'nach',
  'um',
  'un',
  'unter',
  'ver',
  'vor',
  'weg',
  'wider',
  'zer',
  'zu',
  'zurueck',
]);
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
/** A masked word needs this many visible letters (F***e has two), else nearly any word would fit it; as the risk lists. */
export const MIN_VISIBLE_LETTERS_OF_MASKED_WORD = 2;
/** A lone * hides one to this many letters (A*loch for Arschloch); longer runs hide about their length. As the risk lists. */
export const MASK_LETTERS_PER_LONE_ASTERISK = 6;
/**
 * What a concessive word (trotz, obwohl) concedes counts this much: VADER's weight for sentiment before "but", which
 * plays the same role (the conceded part matters less than the main clause).
 */
export const CONCESSIVE_SCALAR = CONTRAST_BEFORE_SCALAR;
/** How many tokens after a concessive word it concedes: VADER's three-token window (trotz der Niederlage). */
export const CONCESSIVE_WINDOW = LOOKBACK_WINDOW;
/**
 * Praise opening a sentence as an interjection (Toll gemacht, …; Bravo, …; Danke, …) is sarcasm when the rest of the
 * comment is negative. The opening is a clause of at most this many tokens ended by a comma: VADER's three-token window.
 */
export const SARCASTIC_OPENING_MAX_TOKENS = LOOKBACK_WINDOW;
/** Sarcastic praise is flipped like scare-quoted praise (IRONY_SCALAR, i.e. VADER's negation scalar). */
export const SARCASM_SCALAR = IRONY_SCALAR;
/**
 * A negated negative noun (kein Rassist, keine Lüge, nicht der Idiot) gets this share of its valence: denying a negative
 * label asserts no tone of its own, where VADER's flip (N_SCALAR) would make it praise ("Ich bin kein Rassist, aber …").
 * Team choice, not fitted. Fixed phrases where the denial reassures (kein Problem, keine Sorge) are idioms.
 */
export const NEGATED_NEGATIVE_NOUN_SCALAR = 0;
