import type { WordToken } from '../text/word-tokens';
import { getPhraseMatcher, PhraseMatcher } from './phrase-matcher';
import { getRiskLexicon, RiskLexicon, TermMatch } from './risk-lexicon';

/** What the risk lists say about one word: the terms in it and the phrases it triggers. */
export interface WordFacts {
  readonly terms: readonly TermMatch[];
  readonly phrases: readonly number[];
}

/** The facts of a word the risk lists say nothing about (most words). */
export const NO_WORD_FACTS: WordFacts = { terms: [], phrases: [] };
/** Words are remembered with their facts; past this many the memory is cleared, bounding it to a few MB. */
const WORD_MEMORY_LIMIT = 100_000;

/** Looks up words in the risk lists and phrase triggers at once, remembering each word (comments reuse their vocabulary). */
export class RiskWordFacts {
  private readonly memory = new Map<string, WordFacts>();

  constructor(
    private readonly lexicon: RiskLexicon,
    private readonly phrases: PhraseMatcher,
  ) {}

  /** The facts of one word; stretched words (idiooot) are looked up afresh, since their match depends on the stretch. */
  factsOf(word: WordToken): WordFacts {
    if (word.isStretched) return this.analyse(word);
    const remembered = this.memory.get(word.text);
    if (remembered !== undefined) return remembered;
    const facts = this.analyse(word);
    if (this.memory.size >= WORD_MEMORY_LIMIT) this.memory.clear();
    this.memory.set(word.text, facts);
    return facts;
  }

  /** The facts of one word, not remembered. */
  analyse(word: WordToken): WordFacts {
    const terms = this.lexicon.termsIn(word);
    const phrases = this.phrases.triggersOf(word.text);
    return terms.length === 0 && phrases.length === 0 ? NO_WORD_FACTS : { terms, phrases };
  }
}

let sharedWordFacts: RiskWordFacts | undefined;

/** The process-wide word facts, built on first use. */
export function getRiskWordFacts(): RiskWordFacts {
  sharedWordFacts ??= new RiskWordFacts(getRiskLexicon(), getPhraseMatcher());
  return sharedWordFacts;
}
