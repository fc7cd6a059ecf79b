import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** An input family built from a regex to make it backtrack: `build(length)` gives one input of about that length. */
export interface RegexAttack {
  /** How it was built, e.g. `prefix "//a:" + "a"× + "!"`. */
  description: string;
  build(length: number): string;
}

const PARSER = new RegExpParser({ ecmaVersion: 2025 });
// Candidates for "a character this class accepts", interleaved by kind (letter, digit, space, punctuation …) so the
// first few that match are of different kinds.
const CANDIDATES = [
  'a',
  '1',
  ' ',
  '.',
  'A',
  '-',
  '_',
  'ä',
  '@',
  '/',
  '0',
  'x',
  '\t',
  ',',
  ':',
  'Z',
  '9',
  ';',
  '!',
  '?',
  '*',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '#',
  '$',
  '%',
  '&',
  '+',
  '=',
  '<',
  '>',
  '|',
  '~',
  '^',
  '\\',
  'ß',
  'é',
  'я',
  'ש',
  'م',
  '€',
  '😀',
  '·',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\n',
  '\r',
  '\u2028',
  '\u0000',
  'e',
  's',
  't',
  'd',
  'r',
  'n',
  'o',
  'u',
];
// What ends a run of pumped text and makes the match fail: a character of another kind, the end of a line, a character
// `.` does not match after one it does.
const BREAKERS = ['', '!', '\u0000', ' ', 'a', '1', '.', '\n', '-', '@', 'Z', 'a\u2028a\u2028a'];
const MAX_PUMPS_PER_REPETITION = 3;

/** The attack that makes a regex slowest, and whether it already took too long on a short input. */
export interface WorstAttack {
  attack: RegexAttack;
  /** The length the attack was last run at: `length`, or shorter when it was stopped early. */
  length: number;
  /** Time of one search on that input, in milliseconds. */
  milliseconds: number;
  /** Whether a search took longer than `maxMilliseconds`, so the rest of the screening was skipped. */
  isTooSlow: boolean;
}

// Lengths each attack is tried at before the full one: small steps first, so an exponential pattern (twice the time
// per character) is caught at a few dozen characters instead of running for ever at a thousand.
const SCREENING_LENGTHS = [8, 12, 16, 20, 24, 28, 32, 48, 64, 128, 256, 512];

/**
 * Runs every attack at growing lengths up to `length` and returns the slowest at that length; stops at the first
 * search that takes more than `maxMilliseconds` (one a linear pattern never needs at these lengths).
 */
export function worstAttack(
  regex: RegExp,
  attacks: readonly RegexAttack[],
  length: number,
  maxMilliseconds: number,
): WorstAttack | null {
  let worst: WorstAttack | null = null;
  for (const attack of attacks) {
    for (const rung of [...SCREENING_LENGTHS.filter((short) => short < length), length]) {
      const text = attack.build(rung);
      const milliseconds = searchMilliseconds(regex, text, maxMilliseconds);
      if (milliseconds > maxMilliseconds) return { attack, length: rung, milliseconds, isTooSlow: true };
      if (rung === length && (worst === null || milliseconds > worst.milliseconds)) {
        worst = { attack, length, milliseconds, isTooSlow: false };
      }
    }
  }
  return worst;
}

// A search over the limit is timed again this many times in all, the fastest counting: a garbage collection or the
// other jobs on the machine can stall one run (seen in CI: 39 ms for a search that takes 0.02 ms), a backtracking
// regex is slow every time.
const SCREENING_ATTEMPTS = 3;

/** The time of one search, timed again when over the limit, the fastest attempt counting. */
function searchMilliseconds(regex: RegExp, text: string, maxMilliseconds: number): number {
  let fastest = Infinity;
  for (let attempt = 0; attempt < SCREENING_ATTEMPTS && fastest > maxMilliseconds; attempt++) {
    const started = performance.now();
    searchAll(regex, text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** Runs a regex over a text the way code uses it: every match for `g`, one search (or one sticky attempt) otherwise. */
export function searchAll(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  if (!regex.global) return regex.exec(text) === null ? 0 : 1;
  let matches = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches++;
    if (match[0].length === 0) regex.lastIndex++;
  }
  return matches;
}

/**
 * Attack inputs for every repetition of a pattern: a text its repetition reads (the pump) many times, after what the
 * pattern needs to reach it (the prefix), or without it, or prefix and pump repeated together (a search that restarts
 * at each copy), each followed by a breaker that makes the match fail; plus the whole pattern's own example repeated.
 */
export function regexAttacks(source: string, flags: string): RegexAttack[] {
  const pattern = PARSER.parsePattern(source, 0, source.length, {
    unicode: flags.includes('u'),
    unicodeSets: flags.includes('v'),
  });
  const examples = new ExampleWriter(flags.replace(/[gy]/g, ''));
  const attacks: RegexAttack[] = [];
  const whole = examples.of(pattern, true);
  for (const breaker of BREAKERS) {
    if (whole !== '') attacks.push(repeated('', whole, breaker));
  }
  for (const repetition of repetitionsOf(pattern)) {
    const prefix = examples.prefixOf(repetition);
    for (const pump of examples.pumpsOf(repetition)) {
      for (const breaker of BREAKERS) {
        attacks.push(repeated(prefix, pump, breaker));
        if (prefix !== '') {
          attacks.push(repeated('', pump, breaker));
          attacks.push(repeated('', prefix + pump, breaker));
        }
      }
    }
  }
  return attacks;
}

function repeated(prefix: string, pump: string, breaker: string): RegexAttack {
  return {
    description: `${prefix === '' ? '' : `${JSON.stringify(prefix)} + `}${JSON.stringify(pump)}× + ${JSON.stringify(breaker)}`,
    build: (length) => prefix + pump.repeat(Math.max(1, Math.ceil(length / pump.length))) + breaker,
  };
}

/** Every quantifier that can repeat (max above 1), in pattern order. */
function repetitionsOf(pattern: AST.Pattern): AST.Quantifier[] {
  const repetitions: AST.Quantifier[] = [];
  const visitAlternatives = (alternatives: readonly AST.Alternative[]) => {
    for (const alternative of alternatives) for (const element of alternative.elements) visit(element);
  };
  const visit = (node: AST.Element | AST.QuantifiableElement): void => {
    if (node.type === 'Quantifier') {
      if (node.max > 1) repetitions.push(node);
      visit(node.element);
    } else if (node.type === 'Group' || node.type === 'CapturingGroup') {
      visitAlternatives(node.alternatives);
    } else if (node.type === 'Assertion' && (node.kind === 'lookahead' || node.kind === 'lookbehind')) {
      visitAlternatives(node.alternatives);
    }
  };
  visitAlternatives(pattern.alternatives);
  return repetitions;
}

/** Writes example strings that parts of a pattern match: the shortest (or, `isFull`, one more of each repetition). */
class ExampleWriter {
  private readonly matchers = new Map<string, RegExp | null>();

  constructor(private readonly flags: string) {}

  /** An example for a node: characters from the candidate list, the first alternative of a group, `min` repeats. */
  of(node: AST.Node, isFull = false): string {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        return node.alternatives.length === 0 ? '' : this.of(node.alternatives[0], isFull);
      case 'Alternative':
        return node.elements.map((element) => this.of(element, isFull)).join('');
      case 'Quantifier': {
        const count = isFull ? Math.min(node.max, Math.max(node.min, 1)) : node.min;
        return this.of(node.element, isFull).repeat(count);
      }
      case 'Character':
        return String.fromCodePoint(node.value);
      case 'CharacterSet':
      case 'CharacterClass':
      case 'ExpressionCharacterClass':
        return this.charactersOf(node)[0] ?? '';
      case 'Backreference': {
        const group = Array.isArray(node.resolved) ? node.resolved[0] : node.resolved;
        return group === undefined ? '' : this.of(group, isFull);
      }
      default:
        return '';
    }
  }

  /** What the pattern must read before it reaches the repetition: examples of everything before it, outermost first. */
  prefixOf(repetition: AST.Quantifier): string {
    let prefix = '';
    let node: AST.Node = repetition;
    let parent: AST.Node | null = node.parent;
    while (parent !== null && parent.type !== 'Pattern') {
      if (parent.type === 'Alternative') {
        const index = parent.elements.indexOf(node as AST.Element);
        prefix =
          parent.elements
            .slice(0, index)
            .map((element) => this.of(element))
            .join('') + prefix;
      }
      node = parent;
      parent = node.parent;
    }
    return prefix;
  }

  /** Texts one round of the repetition reads: up to three different characters for a class, else its example(s). */
  pumpsOf(repetition: AST.Quantifier): string[] {
    const element = repetition.element;
    if (
      element.type === 'CharacterSet' ||
      element.type === 'CharacterClass' ||
      element.type === 'ExpressionCharacterClass'
    ) {
      return this.charactersOf(element).slice(0, MAX_PUMPS_PER_REPETITION);
    }
    return [...new Set([this.of(element), this.of(element, true)])].filter((pump) => pump !== '');
  }

  /** The candidate characters a class matches, tried with the pattern's flags. */
  private charactersOf(node: AST.Node): string[] {
    const matcher = this.matcherOf(node.raw);
    return matcher === null ? [] : CANDIDATES.filter((candidate) => matcher.test(candidate));
  }

  private matcherOf(raw: string): RegExp | null {
    if (!this.matchers.has(raw)) {
      let matcher: RegExp | null = null;
      try {
        matcher = new RegExp(`^(?:${raw})$`, this.flags);
      } catch {
        matcher = null;
      }
      this.matchers.set(raw, matcher);
    }
    return this.matchers.get(raw) ?? null;
  }
}
