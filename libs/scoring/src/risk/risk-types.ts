import type { RiskCategory } from '@tenor/contracts';
import type { RiskListName } from '../lexicon/generated/de-risk-lists';
import type { NormalizedText } from '../text/normalize';
import type { WordToken } from '../text/word-tokens';

/** One reason a rule fired: its score 0..1 and the stretch of the ORIGINAL text it is about (UTF-16, end exclusive). */
export interface RiskFinding {
  readonly category: RiskCategory;
  /** Rule id, `<category>.<rule>`, e.g. insult.lexicon, threat.annihilation. */
  readonly rule: string;
  readonly score: number;
  readonly start: number;
  readonly end: number;
}

/** How a word-list term was found in a word. */
export type TermMatchKind = 'exact' | 'masked' | 'compound-head' | 'compound-modifier';

/** A word that is (part of) a word-list term. */
export interface TermHit {
  readonly wordIndex: number;
  readonly list: RiskListName;
  /** The entry's kind: term, slur, dehumanizing, identity, violence, annihilation. */
  readonly kind: string;
  readonly weight: number;
  readonly lemma: string;
  readonly match: TermMatchKind;
}

/** A multi-word pattern that matched, with offsets into the NORMALIZED text. */
export interface PhraseHit {
  readonly category: string;
  readonly rule: string;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
}

/** What every detector gets: the comment, its normalized form and words, and the word-list and phrase hits in it. */
export interface RiskInput {
  readonly original: string;
  readonly normalized: NormalizedText;
  readonly words: readonly WordToken[];
  readonly terms: readonly TermHit[];
  readonly phrases: readonly PhraseHit[];
}

/** One risk rule set: a name, the category it scores, and a pure evaluate over plain input. */
export interface RiskDetector {
  readonly id: string;
  readonly category: RiskCategory;
  evaluate(input: RiskInput): RiskFinding[];
}
