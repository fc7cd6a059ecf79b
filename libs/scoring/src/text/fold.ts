/** Umlaut and sharp-s spellings, folded to the two-letter forms German writes without umlauts (Koepfe, Strasse). */
const GERMAN_FOLDS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

const NEEDS_FOLDING = /[^a-z0-9]/;
const FOLDABLE = /[\u00c0-\u024f\u1e9e]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds one word to its lookup key: lower case, ä/ö/ü/ß spelled ae/oe/ue/ss, other Latin diacritics dropped.
 * Lexicon keys and text tokens both go through it, so "maechtige" and "mächtige" meet on "maechtige".
 */
export function foldKey(word: string): string {
  if (!NEEDS_FOLDING.test(word)) return word;
  const lower = word.toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return lower;
  return lower.replace(FOLDABLE, foldLatinLetter);
}

function foldLatinLetter(letter: string): string {
  const german = GERMAN_FOLDS[letter];
  if (german !== undefined) return german;
  const stripped = letter.normalize('NFD').replace(COMBINING_MARKS, '');
  return stripped.length > 0 ? stripped : letter;
}
