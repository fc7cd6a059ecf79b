import type { RiskCategory } from '@tenor/contracts';
import type { RiskListName } from '../../lexicon/generated/de-risk-lists';
import { originalSpan, wordsSpan } from '../risk-input';
import type { RiskFinding, RiskInput, TermHit } from '../risk-types';

/** Rule suffix for how a term was found: exact (and de-disguised) words are "lexicon", the rest say how. */
const MATCH_RULES: Record<TermHit['match'], string> = {
  exact: 'lexicon',
  masked: 'masked',
  'compound-head': 'compound',
  'compound-modifier': 'compound',
};

const NO_HITS: readonly TermHit[] = [];
const NO_FINDINGS: readonly RiskFinding[] = [];

/** The term hits of one list (optionally one kind). */
export function hitsOf(input: RiskInput, list: RiskListName, kind?: string): readonly TermHit[] {
  if (input.terms.length === 0) return NO_HITS;
  return input.terms.filter((hit) => hit.list === list && (kind === undefined || hit.kind === kind));
}

/** A finding for a term hit: the whole word as evidence, the rule named by how the term was found. */
export function termFinding(
  input: RiskInput,
  category: RiskCategory,
  hit: TermHit,
  score: number,
  rule?: string,
): RiskFinding {
  const span = wordsSpan(input, hit.wordIndex, hit.wordIndex);
  return {
    category,
    rule: rule ?? `${category}.${MATCH_RULES[hit.match]}`,
    score: Math.min(1, Math.max(0, score)),
    ...span,
  };
}

/** Findings for the phrase hits of one category. */
export function phraseFindings(input: RiskInput, category: RiskCategory): readonly RiskFinding[] {
  if (input.phrases.length === 0) return NO_FINDINGS;
  return input.phrases
    .filter((hit) => hit.category === category)
    .map((hit) => ({
      category,
      rule: hit.rule,
      score: hit.weight,
      ...originalSpan(input, hit.start, hit.end),
    }));
}

/** Whether a word in the window before `wordIndex` (same sentence) is in `words`. */
export function hasWordBefore(
  input: RiskInput,
  wordIndex: number,
  window: number,
  words: ReadonlySet<string>,
): boolean {
  const sentence = input.words[wordIndex].sentence;
  for (let index = wordIndex - 1; index >= 0 && index >= wordIndex - window; index--) {
    if (input.words[index].sentence !== sentence) return false;
    if (words.has(input.words[index].text)) return true;
  }
  return false;
}

/** Whether any word of the sentence of `wordIndex` is in `words`. */
export function sentenceHasWord(input: RiskInput, wordIndex: number, words: ReadonlySet<string>): boolean {
  const sentence = input.words[wordIndex].sentence;
  for (let index = wordIndex - 1; index >= 0 && input.words[index].sentence === sentence; index--) {
    if (words.has(input.words[index].text)) return true;
  }
  for (
    let index = wordIndex + 1;
    index < input.words.length && input.words[index].sentence === sentence;
    index++
  ) {
    if (words.has(input.words[index].text)) return true;
  }
  return false;
}
