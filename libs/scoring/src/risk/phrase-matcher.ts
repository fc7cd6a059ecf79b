import { RISK_PHRASES, RiskPhraseData } from '../lexicon/generated/de-risk-lists';
import type { PhraseHit } from './risk-types';

/** A stretch of the normalized text, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The multi-word patterns at run time. Each pattern's regex runs only when one of its trigger words occurs in the
 * comment, so a comment costs a lookup per word plus the few patterns it triggers.
 */
export class PhraseMatcher {
  private readonly phrases: readonly RiskPhraseData[] = RISK_PHRASES;
  private readonly regexes: readonly RegExp[] = RISK_PHRASES.map(
    (phrase) => new RegExp(phrase.regexSource, 'g'),
  );
  private readonly byWord = new Map<string, number[]>();
  /** Prefix triggers by their first code unit, in phrase order, so a word costs one small-integer lookup and no slice. */
  private readonly byFirstCode = new Map<number, { prefix: string; phrase: number }[]>();

  constructor() {
    this.phrases.forEach((phrase, index) => {
      for (const trigger of phrase.triggers) pushTo(this.byWord, trigger, index);
      for (const prefix of phrase.prefixTriggers)
        pushTo(this.byFirstCode, prefix.charCodeAt(0), { prefix, phrase: index });
    });
  }

  /** The phrases a word triggers, exactly or by prefix. */
  triggersOf(word: string): readonly number[] {
    const exact = this.byWord.get(word);
    const prefixed = this.byFirstCode.get(word.charCodeAt(0));
    if (!prefixed) return exact ?? NO_PHRASES;
    let phrases: number[] | undefined;
    for (const { prefix, phrase } of prefixed) {
      if (!word.startsWith(prefix)) continue;
      phrases ??= [...(exact ?? [])];
      phrases.push(phrase);
    }
    return phrases ?? exact ?? NO_PHRASES;
  }

  /**
   * Every match of the triggered patterns, each searched only in the sentences where its trigger occurred (a phrase
   * never spans a sentence end). `triggered` maps a phrase to the [start, end) ranges of those sentences in the text.
   */
  match(text: string, triggered: ReadonlyMap<number, readonly TextRange[]>): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (const [index, ranges] of triggered) {
      const regex = this.regexes[index];
      const phrase = this.phrases[index];
      for (const range of ranges) {
        const sentence = text.slice(range.start, range.end);
        regex.lastIndex = 0;
        for (let match = regex.exec(sentence); match !== null; match = regex.exec(sentence)) {
          const start = range.start + match.index;
          hits.push({
            category: phrase.category,
            rule: phrase.rule,
            weight: phrase.weight,
            start,
            end: start + match[0].length,
          });
          if (match[0].length === 0) regex.lastIndex++;
        }
      }
    }
    return hits;
  }
}

const NO_PHRASES: readonly number[] = [];

function pushTo<Key, Value>(index: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

let sharedPhraseMatcher: PhraseMatcher | undefined;

/** The process-wide phrase matcher, built on first use. */
export function getPhraseMatcher(): PhraseMatcher {
  sharedPhraseMatcher ??= new PhraseMatcher();
  return sharedPhraseMatcher;
}
