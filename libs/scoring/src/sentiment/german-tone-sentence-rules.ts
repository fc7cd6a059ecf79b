import { GermanToneLexicon, hasFlag, ToneWordInfo, WordFlag } from './german-tone-lexicon';
import {
  CONCESSIVE_SCALAR,
  CONCESSIVE_WINDOW,
  SARCASM_SCALAR,
  SARCASTIC_OPENING_MAX_TOKENS,
} from './german-tone-constants';
import type { ToneToken } from './tone-tokens';
import { CONTRAST_AFTER_SCALAR, CONTRAST_BEFORE_SCALAR } from './vader-constants';

// Rules of the German tone that look beyond one word's three-token window: idioms, sarcastic openings, concessives and
// contrast. Each takes the per-token sentiments after VADER's word rules and rescales them in place.

/** VADER's idioms_check, for any position: an idiom's words take the idiom's valence on its last word and 0 elsewhere. */
export function applyIdioms(
  tokens: readonly ToneToken[],
  infos: readonly ToneWordInfo[],
  sentiments: number[],
  lexicon: GermanToneLexicon,
): void {
  for (let index = 0; index < tokens.length; index++) {
    if (!hasFlag(infos[index], WordFlag.IdiomEnd)) continue;
    const idioms = lexicon.idiomsEndingWith(tokens[index].key);
    if (!idioms) continue;
    for (const idiom of idioms) {
      const first = index - idiom.words.length + 1;
      if (first < 0) continue;
      let isMatch = true;
      for (let offset = 0; offset < idiom.words.length && isMatch; offset++) {
        const token = tokens[first + offset];
        isMatch = token.key === idiom.words[offset] && token.sentence === tokens[index].sentence;
      }
      if (!isMatch) continue;
      for (let position = first; position < index; position++) sentiments[position] = 0;
      sentiments[index] = idiom.valence;
      break;
    }
  }
}

/**
 * German extension: praise opening a sentence as an interjection — a clause of at most SARCASTIC_OPENING_MAX_TOKENS
 * tokens, ended by a comma, starting with a positive word and without negative ones ("Bravo, wieder eine Million in den
 * Sand gesetzt.", "Toll gemacht, liebe Bahn, …") — is sarcasm when the rest of the comment sums negative; it is flipped
 * by SARCASM_SCALAR.
 */
export function applySarcasticOpenings(tokens: readonly ToneToken[], sentiments: number[]): void {
  let total = 0;
  let hasAnyNegative = false;
  for (let index = 0; index < sentiments.length; index++) {
    total += sentiments[index];
    if (sentiments[index] < 0) hasAnyNegative = true;
  }
  if (!hasAnyNegative) return;
  for (let start = 0; start < tokens.length; start++) {
    if (start > 0 && tokens[start - 1].sentence === tokens[start].sentence) continue;
    if (sentiments[start] <= 0) continue;
    const end = openingClauseEnd(tokens, start);
    if (end < 0) continue;
    let opening = 0;
    let hasNegative = false;
    for (let index = start; index <= end; index++) {
      opening += sentiments[index];
      if (sentiments[index] < 0) hasNegative = true;
    }
    if (hasNegative || opening <= 0 || total - opening >= 0) continue;
    for (let index = start; index <= end; index++) sentiments[index] *= SARCASM_SCALAR;
  }
}

/** The last token of a short comma-ended clause opening the sentence at `start`, or -1. */
function openingClauseEnd(tokens: readonly ToneToken[], start: number): number {
  const sentence = tokens[start].sentence;
  for (let index = start; index < start + SARCASTIC_OPENING_MAX_TOKENS && index < tokens.length; index++) {
    if (tokens[index].sentence !== sentence) return -1;
    if (!tokens[index].endsClause) continue;
    const next = index + 1 < tokens.length ? tokens[index + 1] : undefined;
    return next !== undefined && next.sentence === sentence ? index : -1;
  }
  return -1;
}

/**
 * German extension: a concessive word (trotz, obwohl) concedes what follows it: sentiment words up to CONCESSIVE_WINDOW
 * tokens after it, in its clause, count CONCESSIVE_SCALAR ("Trotz der Niederlage stolz").
 */
export function applyConcessives(
  tokens: readonly ToneToken[],
  infos: readonly ToneWordInfo[],
  sentiments: number[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    if (!hasFlag(infos[index], WordFlag.Concessive) || tokens[index].endsClause) continue;
    const last = Math.min(index + CONCESSIVE_WINDOW, tokens.length - 1);
    for (let after = index + 1; after <= last; after++) {
      if (tokens[after].sentence !== tokens[index].sentence) break;
      sentiments[after] *= CONCESSIVE_SCALAR;
      if (tokens[after].endsClause) break;
    }
  }
}

/** Whether a token opens a clause: first in its sentence, or after clause punctuation. */
function opensClause(tokens: readonly ToneToken[], index: number): boolean {
  return index === 0 || tokens[index - 1].sentence !== tokens[index].sentence || tokens[index - 1].endsClause;
}

/**
 * VADER's but_check, per sentence: the first contrast word halves the sentiment before it and adds half to the
 * sentiment after it. A contrast word opening a sentence (Aber …) contrasts with the previous sentence. A clause-contrast
 * word (doch) counts only where it opens a clause; elsewhere it is a particle ("Das ist doch gut").
 */
export function applyContrast(
  tokens: readonly ToneToken[],
  infos: readonly ToneWordInfo[],
  sentiments: number[],
): void {
  let sentenceStart = 0;
  let previousSentenceStart = 0;
  while (sentenceStart < tokens.length) {
    const sentence = tokens[sentenceStart].sentence;
    let sentenceEnd = sentenceStart;
    while (sentenceEnd < tokens.length && tokens[sentenceEnd].sentence === sentence) sentenceEnd++;
    let contrast = -1;
    for (let index = sentenceStart; index < sentenceEnd && contrast < 0; index++) {
      if (!hasFlag(infos[index], WordFlag.Contrast)) continue;
      if (!hasFlag(infos[index], WordFlag.ClauseContrast) || opensClause(tokens, index)) contrast = index;
    }
    if (contrast >= 0) {
      const scopeStart = contrast === sentenceStart ? previousSentenceStart : sentenceStart;
      for (let index = scopeStart; index < contrast; index++) sentiments[index] *= CONTRAST_BEFORE_SCALAR;
      for (let index = contrast + 1; index < sentenceEnd; index++) sentiments[index] *= CONTRAST_AFTER_SCALAR;
    }
    previousSentenceStart = sentenceStart;
    sentenceStart = sentenceEnd;
  }
}
