import { foldKey } from '../../text/fold';

/**
 * Compiles the phrase language of data/de-risk-phrases.tsv into a regular expression over normalized text, plus the
 * trigger words that must occur for the phrase to be worth running.
 *
 * Grammar: sequence := element (" " element)*; element := atom "?"?; atom := word | word"*" | "(" sequence ("|" sequence)* ")"
 * | "~"N | "#num" | "@identity". Optional elements are expanded into alternatives, so the regex has no nested
 * optional separators; separators and words use disjoint character classes, so matching cannot backtrack
 * catastrophically.
 */

/** The regex pieces shared by every compiled phrase (normalized text is lower case ASCII letters and digits). */
const WORD = '[a-z0-9]+';
/** Between two words: 1 to 4 characters that are neither letters, digits, sentence or clause punctuation, nor a line break. */
const SEPARATOR = '[^a-z0-9.!?,;:\\n]{1,4}';
const NUMBER = '[0-9]+(?:[.,][0-9]+)?';
/** Prefix triggers are looked up by their first characters, so they must be at least this long. */
export const PREFIX_TRIGGER_LENGTH = 4;

/** A compiled phrase: regex source plus triggers (exact words and word prefixes). */
export interface CompiledPhrase {
  readonly regexSource: string;
  readonly triggers: string[];
  readonly prefixTriggers: string[];
}

type Element =
  | { type: 'word'; word: string; isPrefix: boolean; isOptional: boolean }
  | { type: 'group'; alternatives: Element[][]; isOptional: boolean }
  | { type: 'gap'; maximum: number; isOptional: false }
  | { type: 'number'; isOptional: boolean }
  | { type: 'identity'; isOptional: boolean };

/** Compiles one pattern; `identityForms` are the folded identity terms that `@identity` stands for. */
export function compilePhrase(pattern: string, identityForms: readonly string[]): CompiledPhrase {
  const parser = new PhraseParser(pattern);
  const sequence = parser.parseSequence();
  parser.expectEnd();
  const alternatives = compileSequence(sequence, identityForms);
  const regexSource = `(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`;
  const { triggers, prefixTriggers } = chooseTriggers(sequence, identityForms, pattern);
  return { regexSource, triggers, prefixTriggers };
}

class PhraseParser {
  private position = 0;
  constructor(private readonly pattern: string) {}

  parseSequence(): Element[] {
    const elements: Element[] = [];
    for (;;) {
      this.skipSpaces();
      const next = this.pattern[this.position];
      if (next === undefined || next === ')' || next === '|') break;
      elements.push(this.parseElement());
    }
    if (elements.length === 0) this.fail('empty sequence');
    return elements;
  }

  expectEnd(): void {
    this.skipSpaces();
    if (this.position < this.pattern.length) this.fail(`unexpected "${this.pattern[this.position]}"`);
  }

  private parseElement(): Element {
    const char = this.pattern[this.position];
    if (char === '(') {
      this.position++;
      const alternatives: Element[][] = [this.parseSequence()];
      while (this.pattern[this.position] === '|') {
        this.position++;
        alternatives.push(this.parseSequence());
      }
      if (this.pattern[this.position] !== ')') this.fail('missing ")"');
      this.position++;
      return { type: 'group', alternatives, isOptional: this.parseOptional() };
    }
    if (char === '~') {
      const match = /^~(\d+)/.exec(this.pattern.slice(this.position));
      if (!match) this.fail('expected ~N');
      this.position += match[0].length;
      return { type: 'gap', maximum: Number(match[1]), isOptional: false };
    }
    if (this.pattern.startsWith('#num', this.position)) {
      this.position += 4;
      return { type: 'number', isOptional: this.parseOptional() };
    }
    if (this.pattern.startsWith('@identity', this.position)) {
      this.position += 9;
      return { type: 'identity', isOptional: this.parseOptional() };
    }
    const match = /^[a-zäöüß0-9]+/.exec(this.pattern.slice(this.position));
    if (!match) this.fail(`unexpected "${char}"`);
    this.position += match[0].length;
    const isPrefix = this.pattern[this.position] === '*';
    if (isPrefix) this.position++;
    return { type: 'word', word: foldKey(match[0]), isPrefix, isOptional: this.parseOptional() };
  }

  private parseOptional(): boolean {
    if (this.pattern[this.position] !== '?') return false;
    this.position++;
    return true;
  }

  private skipSpaces(): void {
    while (this.pattern[this.position] === ' ') this.position++;
  }

  private fail(message: string): never {
    throw new Error(`phrase "${this.pattern}" at ${this.position}: ${message}`);
  }
}

/** Every way to spell the sequence as a regex: optional elements expanded into with/without alternatives. */
function compileSequence(elements: readonly Element[], identityForms: readonly string[]): string[] {
  let variants: { source: string; pendingGap: number; isEmpty: boolean }[] = [
    { source: '', pendingGap: 0, isEmpty: true },
  ];
  for (const element of elements) {
    if (element.type === 'gap') {
      variants = variants.map((variant) => ({
        ...variant,
        pendingGap: variant.pendingGap + element.maximum,
      }));
      continue;
    }
    const atom = compileAtom(element, identityForms);
    const next = variants.map((variant) => {
      const gap = variant.pendingGap > 0 ? `(?:${WORD}${SEPARATOR}){0,${variant.pendingGap}}` : '';
      const lead = variant.isEmpty ? '' : SEPARATOR;
      return { source: `${variant.source}${lead}${gap}${atom}`, pendingGap: 0, isEmpty: false };
    });
    variants = element.isOptional ? [...next, ...variants] : next;
  }
  const sources = variants.filter((variant) => !variant.isEmpty).map((variant) => variant.source);
  return [...new Set(sources)];
}

function compileAtom(element: Exclude<Element, { type: 'gap' }>, identityForms: readonly string[]): string {
  switch (element.type) {
    case 'word':
      return element.word + (element.isPrefix ? '[a-z0-9]*' : '');
    case 'number':
      return NUMBER;
    case 'identity':
      return `(?:${[...identityForms].sort((a, b) => b.length - a.length).join('|')})`;
    case 'group':
      return `(?:${element.alternatives.flatMap((alternative) => compileSequence(alternative, identityForms)).join('|')})`;
  }
}

interface TriggerSet {
  triggers: string[];
  prefixTriggers: string[];
}

/**
 * Words too common to gate a phrase: they occur in nearly every comment, so a phrase triggered by them would run on
 * nearly every comment. Trigger selection avoids them when the phrase has a rarer required word.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'und',
  'ist',
  'ich',
  'du',
  'er',
  'sie',
  'es',
  'wir',
  'ihr',
  'man',
  'in',
  'an',
  'auf',
  'zu',
  'mit',
  'von',
  'so',
  'wie',
  'was',
  'alle',
  'nicht',
  'ab',
  'ins',
  'mal',
  'doch',
  'sind',
  'hat',
  'haben',
  'hast',
  'habt',
  'wird',
  'mir',
  'mich',
  'dich',
  'euch',
  'heute',
  'weniger',
  'online',
  'kurze',
]);

/** How selective a set of trigger words is: its shortest word's length, 0 if any word is a common one. */
function selectivity(triggers: TriggerSet): number {
  const all = [...triggers.triggers, ...triggers.prefixTriggers];
  if (all.length === 0 || all.some((word) => COMMON_WORDS.has(word))) return 0;
  return Math.min(...all.map((word) => word.length)) * 1000 - all.length;
}

/** Picks the required element whose trigger words are most selective, so the phrase runs only when one of them occurs. */
function chooseTriggers(
  elements: readonly Element[],
  identityForms: readonly string[],
  pattern: string,
): TriggerSet {
  const best = bestTriggersOfSequence(elements, identityForms);
  if (!best) throw new Error(`phrase "${pattern}": no required word can trigger it`);
  return {
    triggers: [...new Set(best.triggers)].sort(),
    prefixTriggers: [...new Set(best.prefixTriggers)].sort(),
  };
}

function bestTriggersOfSequence(
  elements: readonly Element[],
  identityForms: readonly string[],
): TriggerSet | undefined {
  let best: TriggerSet | undefined;
  let bestScore = -1;
  for (const element of elements) {
    if (element.isOptional) continue;
    const candidate = triggersOf(element, identityForms);
    if (!candidate || candidate.prefixTriggers.some((prefix) => prefix.length < PREFIX_TRIGGER_LENGTH))
      continue;
    const score = selectivity(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** An element's trigger words: the word itself, every identity form, or the best triggers of each alternative of a group. */
function triggersOf(element: Element, identityForms: readonly string[]): TriggerSet | undefined {
  switch (element.type) {
    case 'word':
      return element.isPrefix
        ? { triggers: [], prefixTriggers: [element.word] }
        : { triggers: [element.word], prefixTriggers: [] };
    case 'identity':
      return { triggers: [...identityForms], prefixTriggers: [] };
    case 'group': {
      const result: TriggerSet = { triggers: [], prefixTriggers: [] };
      for (const alternative of element.alternatives) {
        const inner = bestTriggersOfSequence(alternative, identityForms);
        if (!inner) return undefined;
        result.triggers.push(...inner.triggers);
        result.prefixTriggers.push(...inner.prefixTriggers);
      }
      return result;
    }
    case 'gap':
    case 'number':
      return undefined;
  }
}
