import { normalizeText, NormalizedText } from '../text/normalize';
import { tokenizeWords, WordToken } from '../text/word-tokens';
import { getPhraseMatcher, TextRange } from './phrase-matcher';
import type { PhraseHit, RiskInput, TermHit } from './risk-types';
import { getRiskWordFacts, WordFacts } from './word-facts';

/** Builds the detectors' input from normalized, tokenized text: term hits per word, then triggered phrases; `factsOfWords`, when given, are the words' facts already looked up. */
export function buildRiskInput(
  normalized: NormalizedText,
  words: readonly WordToken[],
  factsOfWords?: readonly WordFacts[],
): RiskInput {
  const wordFacts = getRiskWordFacts();
  let terms: TermHit[] | undefined;
  let triggered: Map<number, TextRange[]> | undefined;
  let rangeSentence = -1;
  let range: TextRange | undefined;
  for (let index = 0; index < words.length; index++) {
    const facts = factsOfWords !== undefined ? factsOfWords[index] : wordFacts.factsOf(words[index]);
    for (const { entry, match } of facts.terms) {
      (terms ??= []).push({
        wordIndex: index,
        list: entry[0],
        kind: entry[1],
        weight: entry[2],
        lemma: entry[3],
        match,
      });
    }
    if (facts.phrases.length === 0) continue;
    triggered ??= new Map();
    if (words[index].sentence !== rangeSentence || range === undefined) {
      rangeSentence = words[index].sentence;
      range = sentenceRange(words, index);
    }
    for (const phrase of facts.phrases) {
      const ranges = triggered.get(phrase);
      if (!ranges) triggered.set(phrase, [range]);
      else if (ranges[ranges.length - 1].start !== range.start) ranges.push(range);
    }
  }
  return {
    original: normalized.original,
    normalized,
    words,
    terms: terms ?? NO_TERMS,
    phrases: triggered ? getPhraseMatcher().match(normalized.text, triggered) : NO_PHRASE_HITS,
  };
}

const NO_TERMS: readonly TermHit[] = [];
const NO_PHRASE_HITS: readonly PhraseHit[] = [];

/** The normalized-text range of the sentence a word is in, from its first word's start to its last word's end. */
function sentenceRange(words: readonly WordToken[], wordIndex: number): TextRange {
  const sentence = words[wordIndex].sentence;
  let first = wordIndex;
  while (first > 0 && words[first - 1].sentence === sentence) first--;
  let last = wordIndex;
  while (last + 1 < words.length && words[last + 1].sentence === sentence) last++;
  return { start: words[first].start, end: words[last].end };
}

/** Builds the detectors' input from a comment. */
export function buildRiskInputFromText(text: string): RiskInput {
  const normalized = normalizeText(text);
  return buildRiskInput(normalized, tokenizeWords(normalized));
}

/** The original-text span of a stretch of normalized text. */
export function originalSpan(
  input: RiskInput,
  normalizedStart: number,
  normalizedEnd: number,
): { start: number; end: number } {
  return { start: input.normalized.starts[normalizedStart], end: input.normalized.ends[normalizedEnd - 1] };
}

/** The original-text span of words first..last (inclusive). */
export function wordsSpan(input: RiskInput, first: number, last: number): { start: number; end: number } {
  const from = Math.min(first, last);
  const to = Math.max(first, last);
  return originalSpan(input, input.words[from].start, input.words[to].end);
}
