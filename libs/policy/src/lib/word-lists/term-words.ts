import { normalizeText, tokenizeWords } from '@tenor/scoring';

/**
 * The words of a word-list term as the matcher compares them: the term goes through the scorer's own normalization
 * and tokenizer, exactly like a comment, so "Lügenpresse", "Luegenpresse" and "L ü g e n p r e s s e" all become
 * "luegenpresse" on both sides (case, ä/ae, ß/ss, spaced letters, leetspeak, homoglyphs, invisible characters).
 */
export function termWordsOf(term: string): string[] {
  const normalized = normalizeText(term);
  return tokenizeWords(normalized).map((word) => word.text);
}

const DOUBLED_LETTERS = /([a-z])\1+/g;

/**
 * A word with every doubled letter single, for stretched words: the scorer shortens "Idioooot" to "idioot", which
 * meets the term "idiot" only once both sides lose their doubled letters (as the scorer's own lexicon does).
 */
export function collapseDoubledLetters(word: string): string {
  return word.replace(DOUBLED_LETTERS, '$1');
}
