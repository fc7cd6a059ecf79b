import type { Language } from '@tenor/contracts';
import { normalizeText } from '../text/normalize';
import { tokenizeWords, WordToken } from '../text/word-tokens';
import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from './function-words';

/** +1 for a German function word, −1 for an English one. */
const FUNCTION_WORD_VOTES: ReadonlyMap<string, number> = new Map<string, number>([
  ...ENGLISH_FUNCTION_WORDS.map((word): [string, number] => [word, -1]),
  ...GERMAN_FUNCTION_WORDS.map((word): [string, number] => [word, 1]),
]);

/** English needs at least this many function-word hits; shorter evidence is too thin and defaults to German. */
const MIN_ENGLISH_HITS = 2;
/** English must outvote German by this factor (our readers mostly write German, so ties and near-ties stay German). */
const ENGLISH_DOMINANCE = 2;
/** Each ä, ö, ü or ß counts as this many German function words: English text almost never has them. */
const UMLAUT_WEIGHT = 1;

/** Tells German from English by exclusive function words and umlauts; short or ambiguous text is German. */
export function detectLanguage(text: string): Language {
  const normalized = normalizeText(text);
  return detectLanguageFromWords(tokenizeWords(normalized), normalized.umlautCount);
}

/** The same decision on already tokenized normalized text, so the scorer tokenizes once. */
export function detectLanguageFromWords(words: readonly WordToken[], umlautCount: number): Language {
  let germanWords = 0;
  let englishWords = 0;
  for (const word of words) {
    const vote = languageVote(word.text);
    if (vote === 1) germanWords++;
    else if (vote === -1) englishWords++;
  }
  return detectLanguageFromCounts(germanWords, englishWords, umlautCount);
}

/** The longest function word; longer words vote 0 without a lookup (most words new to the scorer are long). */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORD_VOTES.keys()].map((word) => word.length));

/** A word's vote: +1 German function word, −1 English function word, 0 neither. */
export function languageVote(word: string): number {
  if (word.length > LONGEST_FUNCTION_WORD) return 0;
  return FUNCTION_WORD_VOTES.get(word) ?? 0;
}

/** The decision from the numbers of German and English function words and the umlaut count. */
export function detectLanguageFromCounts(
  germanWords: number,
  englishWords: number,
  umlautCount: number,
): Language {
  const germanHits = germanWords + umlautCount * UMLAUT_WEIGHT;
  return englishWords >= MIN_ENGLISH_HITS && englishWords > germanHits * ENGLISH_DOMINANCE ? 'en' : 'de';
}
