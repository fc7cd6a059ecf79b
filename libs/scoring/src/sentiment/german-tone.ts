import { getGermanToneLexicon, hasFlag, ToneWordInfo, WordFlag } from './german-tone-lexicon';
import {
  applyConcessives,
  applyContrast,
  applyIdioms,
  applySarcasticOpenings,
} from './german-tone-sentence-rules';
import {
  IRONY_SCALAR,
  NEGATED_NEGATIVE_NOUN_SCALAR,
  POST_NEGATION_WINDOW,
  POST_NEGATORS,
} from './german-tone-constants';
import { normalizeText, NormalizedText } from '../text/normalize';
import { tokenizeWords, WordToken } from '../text/word-tokens';
import { toneTokens, ToneToken } from './tone-tokens';
import {
  BOOSTER_DISTANCE_FACTORS,
  C_INCR,
  EXCLAMATION_INCREMENT,
  LOOKBACK_WINDOW,
  MANY_QUESTIONS_INCREMENT,
  MAX_EXCLAMATION_MARKS,
  N_SCALAR,
  NEVER_SO_DISTANT_SCALAR,
  NEVER_SO_SCALAR,
  NORMALIZE_ALPHA,
  QUESTION_INCREMENT,
} from './vader-constants';

/** VADER's four numbers: compound in −1..1 and the positive, neutral and negative shares. */
export interface ToneScores {
  readonly compound: number;
  readonly pos: number;
  readonly neu: number;
  readonly neg: number;
}

/** How one token contributed to the tone, for explanations. */
export interface ToneContribution {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The token's final valence after every rule (0 for boosters and neutral words, which are not listed). */
  readonly valence: number;
}

/** The German tone with its breakdown. */
export interface GermanToneAnalysis {
  readonly scores: ToneScores;
  readonly contributions: readonly ToneContribution[];
}

/** Words that make a following "nicht" part of a fixed phrase, not a negation of what came before (nicht nur, nicht mehr). */
const NEGATION_PARTNERS: ReadonlySet<string> = new Set(['nur', 'mehr', 'immer', 'zuletzt', 'so', 'zu']);
/** Coordinating conjunctions: a "nicht" after one belongs to the next conjunct (sauber und gar nicht überfüllt). */
const COORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'bzw']);

/** What a token does in VADER's scheme. */
const Role = { Neutral: 0, Sentiment: 1, Booster: 2 } as const;
type Role = (typeof Role)[keyof typeof Role];

/** VADER's tone for German text: compound, pos, neu, neg. */
export function scoreGermanTone(text: string): ToneScores {
  return analyseGermanTone(text).scores;
}

/** The German tone of a text, with its breakdown. */
export function analyseGermanTone(text: string): GermanToneAnalysis {
  const normalized = normalizeText(text);
  return analyseGermanToneOf(normalized, tokenizeWords(normalized));
}

/**
 * `wordInfos`, when given, are the lexicon's infos of `words` (the scorer looks each word up once for tone and risk).
 * VADER (vader-sentiment's polarity_scores) ported to German: per-token valence from the German lexicon, ALL-CAPS
 * emphasis, boosters and dampeners within three tokens, negation, the never-so rule, idioms, contrast words, and
 * punctuation emphasis; plus German extensions (clause-final "nicht", scare-quote irony, compounds). Tokens are the
 * normalized words (disguises undone); look-back stops at sentence ends, and contrast works per sentence, where VADER,
 * built for single sentences, looks at the whole text.
 */
export function analyseGermanToneOf(
  normalized: NormalizedText,
  words: readonly WordToken[],
  wordInfos?: readonly ToneWordInfo[],
): GermanToneAnalysis {
  const tokens = toneTokens(normalized, words);
  const text = normalized.original;
  if (tokens.length === 0) return { scores: NO_TONE, contributions: [] };
  const sentiments = tokenSentiments(tokens, wordInfos);
  const contributions: ToneContribution[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (sentiments[index] === 0) continue;
    const token = tokens[index];
    contributions.push({
      text: text.slice(token.start, token.end),
      start: token.start,
      end: token.end,
      valence: sentiments[index],
    });
  }
  return { scores: scoreValenceWithEmphasis(sentiments, emphasisOf(normalized)), contributions };
}

/** The scores of analyseGermanToneOf without the breakdown (the scorer does not report it). */
export function scoreGermanToneOf(
  normalized: NormalizedText,
  words: readonly WordToken[],
  wordInfos?: readonly ToneWordInfo[],
): ToneScores {
  const tokens = toneTokens(normalized, words);
  if (tokens.length === 0) return NO_TONE;
  return scoreValenceWithEmphasis(tokenSentiments(tokens, wordInfos), emphasisOf(normalized));
}

/** The punctuation emphasis of a normalized text's original. */
function emphasisOf(normalized: NormalizedText): number {
  return punctuationEmphasis(normalized.exclamationCount, normalized.questionCount);
}

/** The tone of a text without tone tokens. */
const NO_TONE: ToneScores = Object.freeze({ compound: 0, pos: 0, neu: 1, neg: 0 });

/** Each token's valence after every word and sentence rule. */
function tokenSentiments(
  tokens: readonly ToneToken[],
  wordInfos: readonly ToneWordInfo[] | undefined,
): number[] {
  const lexicon = getGermanToneLexicon();
  const infos = tokens.map((token) =>
    wordInfos !== undefined && token.wordIndex >= 0
      ? wordInfos[token.wordIndex]
      : lexicon.tokenInfo(token.key, token.isStretched),
  );
  const roles = assignRoles(tokens, infos);
  const isCapDifferential = hasCapDifferential(tokens);
  const sentiments = tokens.map((_, index) =>
    roles[index] === Role.Sentiment ? tokenValence(index, tokens, infos, roles, isCapDifferential) : 0,
  );
  applyIdioms(tokens, infos, sentiments, lexicon);
  applySarcasticOpenings(tokens, sentiments);
  applyConcessives(tokens, infos, sentiments);
  applyContrast(tokens, infos, sentiments);
  return sentiments;
}

/**
 * A booster or dampener acts as one (valence 0, scaling the next word); a word that is both a booster and a lexicon
 * word (richtig, echt, brutal) acts as a booster only when a sentiment word follows in the same sentence.
 */
function assignRoles(tokens: readonly ToneToken[], infos: readonly ToneWordInfo[]): Role[] {
  return tokens.map((token, index) => {
    const info = infos[index];
    const isBooster = info.boosterScalar !== 0;
    if (info.valence === undefined) return isBooster ? Role.Booster : Role.Neutral;
    if (!isBooster) return Role.Sentiment;
    const isFollowedBySentiment =
      index + 1 < tokens.length &&
      tokens[index + 1].sentence === token.sentence &&
      infos[index + 1].valence !== undefined;
    return isFollowedBySentiment ? Role.Booster : Role.Sentiment;
  });
}

/** VADER's allcap_differential: some, but not all, tokens are in capitals. */
function hasCapDifferential(tokens: readonly ToneToken[]): boolean {
  let capitals = 0;
  for (const token of tokens) if (token.isAllCaps) capitals++;
  return capitals > 0 && capitals < tokens.length;
}

/** VADER's sentiment_valence for one lexicon word, with the German extensions. */
function tokenValence(
  index: number,
  tokens: readonly ToneToken[],
  infos: readonly ToneWordInfo[],
  roles: readonly Role[],
  isCapDifferential: boolean,
): number {
  const token = tokens[index];
  let valence = infos[index].valence as number;
  if (token.isAllCaps && isCapDifferential) valence += valence > 0 ? C_INCR : -C_INCR;
  let isNegated = false;
  for (let distance = 0; distance < LOOKBACK_WINDOW; distance++) {
    const before = index - distance - 1;
    if (before < 0 || tokens[before].sentence !== token.sentence || tokens[before].endsClause) break;
    if (roles[before] === Role.Sentiment) continue;
    let scalar = boosterScalar(tokens[before], infos[before], valence, isCapDifferential);
    if (scalar !== 0) scalar *= BOOSTER_DISTANCE_FACTORS[distance];
    valence += scalar;
    const check = neverCheck(infos, distance, index);
    if (check === NeverCheck.Negation) {
      valence *= N_SCALAR;
      isNegated = true;
    } else if (check === NeverCheck.NeverSo) valence *= NEVER_SO_SCALAR;
    else if (check === NeverCheck.NeverSoDistant) valence *= NEVER_SO_DISTANT_SCALAR;
  }
  if (!isNegated && isNegatedAfter(index, tokens, roles)) {
    valence *= N_SCALAR;
    isNegated = true;
  }
  if (isNegated && isNegativeNoun(index, tokens, infos)) valence *= NEGATED_NEGATIVE_NOUN_SCALAR / N_SCALAR;
  if (token.isScareQuoted && valence > 0) valence *= IRONY_SCALAR;
  return valence;
}

/** Whether a token is a noun (capitalised, not first in its sentence) with a negative lexicon valence (Rassist, Lüge). */
function isNegativeNoun(
  index: number,
  tokens: readonly ToneToken[],
  infos: readonly ToneWordInfo[],
): boolean {
  const token = tokens[index];
  return (
    (infos[index].valence as number) < 0 &&
    token.isCapitalized &&
    !token.isAllCaps &&
    index > 0 &&
    tokens[index - 1].sentence === token.sentence
  );
}

/** VADER's scalar_inc_dec: a booster's push away from zero (toward zero for dampeners), more if it alone is in capitals. */
function boosterScalar(
  token: ToneToken,
  info: ToneWordInfo,
  valence: number,
  isCapDifferential: boolean,
): number {
  let scalar = info.boosterScalar;
  if (scalar === 0) return 0;
  if (valence < 0) scalar = -scalar;
  if (isCapDifferential && token.isAllCaps) scalar += valence > 0 ? C_INCR : -C_INCR;
  return scalar;
}

/** What VADER's never_check finds at one distance: nothing, a negation, or "never so" near or further away. */
const NeverCheck = { None: 0, Negation: 1, NeverSo: 2, NeverSoDistant: 3 } as const;
type NeverCheck = (typeof NeverCheck)[keyof typeof NeverCheck];

/** VADER's never_check: negation within three tokens, and "nie so gut" as an intensifier rather than a negation. */
function neverCheck(infos: readonly ToneWordInfo[], distance: number, index: number): NeverCheck {
  const oneBefore = infos[index - 1];
  if (distance === 0) return hasFlag(oneBefore, WordFlag.Negator) ? NeverCheck.Negation : NeverCheck.None;
  const twoBefore = infos[index - 2];
  if (distance === 1) {
    if (hasFlag(twoBefore, WordFlag.Never) && hasFlag(oneBefore, WordFlag.NeverCompanion))
      return NeverCheck.NeverSo;
    return hasFlag(twoBefore, WordFlag.Negator) ? NeverCheck.Negation : NeverCheck.None;
  }
  const threeBefore = infos[index - 3];
  const isNeverSo = hasFlag(threeBefore, WordFlag.Never) && hasFlag(twoBefore, WordFlag.NeverCompanion);
  if (isNeverSo || hasFlag(oneBefore, WordFlag.NeverCompanion)) return NeverCheck.NeverSoDistant;
  return hasFlag(threeBefore, WordFlag.Negator) ? NeverCheck.Negation : NeverCheck.None;
}

/**
 * German extension: "Das gefällt mir nicht.", "Da helfen auch nicht die Helme" — a "nicht" (or nie, niemals …) up to POST_NEGATION_WINDOW
 * tokens after a sentiment word, in the same clause with no sentiment word between, negates it, unless it belongs to the
 * next word ("gut und nicht schlecht", "nicht nur") or asks for agreement ("gut, nicht?"). An adjective before a capitalised
 * noun is attributive ("der offenen Tür nicht gemeint"), which a later "nicht" does not negate. A noun is negated only by
 * a clause-final "nicht" (Angst habe ich nicht.); a "nicht" with words after it negates those ("Das Problem ist nicht die
 * Polizei").
 */
function isNegatedAfter(index: number, tokens: readonly ToneToken[], roles: readonly Role[]): boolean {
  const token = tokens[index];
  if (token.endsClause) return false;
  const next = index + 1 < tokens.length ? tokens[index + 1] : undefined;
  if (next !== undefined && next.sentence === token.sentence && next.isCapitalized && !token.isCapitalized)
    return false;
  const isNoun = token.isCapitalized && index > 0 && tokens[index - 1].sentence === token.sentence;
  for (let after = index + 1; after <= index + POST_NEGATION_WINDOW && after < tokens.length; after++) {
    const next = tokens[after];
    if (next.sentence !== token.sentence || roles[after] === Role.Sentiment) return false;
    if (COORDINATING_CONJUNCTIONS.has(next.key)) return false;
    if (POST_NEGATORS.has(next.key)) {
      if (next.endsWithQuestion) return false;
      const following = after + 1 < tokens.length ? tokens[after + 1] : undefined;
      if (next.endsClause || following === undefined || following.sentence !== token.sentence) return true;
      if (isNoun) return false;
      return roles[after + 1] !== Role.Sentiment && !NEGATION_PARTNERS.has(following.key);
    }
    if (next.endsClause) return false;
  }
  return false;
}

/** VADER's score_valence: sum, punctuation emphasis, normalization, and the pos/neu/neg shares, rounded as vader-sentiment rounds. */
export function scoreValence(sentiments: readonly number[], text: string): ToneScores {
  let exclamations = 0;
  let questions = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x21) exclamations++;
    else if (code === 0x3f) questions++;
  }
  return scoreValenceWithEmphasis(sentiments, punctuationEmphasis(exclamations, questions));
}

/** scoreValence with the text's punctuation emphasis known (the normalizer counts the ! and ? on its way). */
function scoreValenceWithEmphasis(sentiments: readonly number[], emphasis: number): ToneScores {
  let sum = 0;
  for (let index = 0; index < sentiments.length; index++) sum += sentiments[index];
  if (sum > 0) sum += emphasis;
  else if (sum < 0) sum -= emphasis;
  const compound = normalize(sum);
  let positiveSum = 0;
  let negativeSum = 0;
  let neutralCount = 0;
  for (let index = 0; index < sentiments.length; index++) {
    const sentiment = sentiments[index];
    if (sentiment > 0) positiveSum += sentiment + 1;
    else if (sentiment < 0) negativeSum += sentiment - 1;
    else neutralCount++;
  }
  if (positiveSum > Math.abs(negativeSum)) positiveSum += emphasis;
  else if (positiveSum < Math.abs(negativeSum)) negativeSum -= emphasis;
  const total = positiveSum + Math.abs(negativeSum) + neutralCount;
  return {
    compound: round(compound, COMPOUND_SCALE),
    pos: round(Math.abs(positiveSum / total), SHARE_SCALE),
    neu: round(Math.abs(neutralCount / total), SHARE_SCALE),
    neg: round(Math.abs(negativeSum / total), SHARE_SCALE),
  };
}

/** VADER's normalize: sum / sqrt(sum² + alpha), clamped to −1..1. */
function normalize(sum: number): number {
  const normalized = sum / Math.sqrt(sum * sum + NORMALIZE_ALPHA);
  return Math.max(-1, Math.min(1, normalized));
}

/** VADER's amplify_ep + amplify_qm from the numbers of ! and ? in the whole text. */
function punctuationEmphasis(exclamations: number, questions: number): number {
  const exclamationEmphasis = Math.min(exclamations, MAX_EXCLAMATION_MARKS) * EXCLAMATION_INCREMENT;
  const questionEmphasis =
    questions <= 1 ? 0 : questions <= 3 ? questions * QUESTION_INCREMENT : MANY_QUESTIONS_INCREMENT;
  return exclamationEmphasis + questionEmphasis;
}

/** vader-sentiment rounds the compound to four decimals and the shares to three: 10^4 and 10^3. */
const COMPOUND_SCALE = 10_000;
const SHARE_SCALE = 1_000;

/** Rounds as vader-sentiment's parseFloat(x.toFixed(digits)) does (scale = 10^digits), without the string round trip. */
function round(value: number, scale: number): number {
  return Math.round(value * scale) / scale;
}
