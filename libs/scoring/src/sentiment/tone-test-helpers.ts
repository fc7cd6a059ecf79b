import { analyseGermanTone } from './german-tone';
import { getGermanToneLexicon } from './german-tone-lexicon';

/** The final valence the German tone analysis gave the first token written as `word` in `text` (undefined when neutral). */
export function valenceIn(text: string, word: string): number | undefined {
  return analyseGermanTone(text).contributions.find((contribution) => contribution.text === word)?.valence;
}

/** A lexicon valence by folded form, failing loudly when the word is missing. */
export function lexiconValence(key: string): number {
  const valence = getGermanToneLexicon().valenceOf(key);
  if (valence === undefined) throw new Error(`"${key}" is not in the German tone lexicon`);
  return valence;
}
