import { AST, RegExpParser } from '@eslint-community/regexpp';
import { findAmbiguity, MAX_PATHS_PER_ATTEMPT } from './regex-ambiguity';
import { buildPositionAutomaton, PatternTooComplexError, PositionAutomaton } from './regex-positions';
import { findCatastrophicShape, shortRaw } from './regex-shapes';

/** Node 20's engine: no modifiers, no duplicate group names (a pattern using them fails to compile first anyway). */
const PARSER = new RegExpParser({ ecmaVersion: 2024 });

/**
 * Why a word-list regular expression (flags `iu`, run with `g` over every comment) is unsafe for a backtracking
 * engine such as V8's, or null when it is safe: its search time grows linearly with the text. Call it on patterns
 * that compile.
 *
 * The pattern is read with @eslint-community/regexpp (the parser behind ESLint's own regex rules, already in the
 * workspace through eslint), then checked twice:
 * 1. the three classic shapes, with messages an admin can act on (regex-shapes.ts): nested quantifiers (star
 *    height above 1), repetitions over alternatives that can start alike, repeated backreferences;
 * 2. the ambiguity of the pattern's position automaton, which also finds the cases no shape rule names
 *    (regex-ambiguity.ts): exponential ambiguity hidden behind groups, and polynomial backtracking such as
 *    `\w+\s?\w+` or `juden.*raus`, whose search restarts inside the repetition at every offset: measured on V8,
 *    the latter takes 90 ms on 16,000 characters and four times as long for each doubling; and, without any loop,
 *    bounded repetitions that multiply the ways to read a text (`(a?){25}a{25}`: 2^25 paths per offset, 3 s).
 * `safe-regex2` was not enough: it only bounds the star height and counts repetitions, so it accepts `(a|a)*` and
 * every polynomial case, which at a million comments per re-apply matters as much as the exponential ones.
 * Where exactness would cost a lot the analysis over-approximates (lookarounds as always true, backreferences as a
 * copy of their group, `\p{…}` as any character, repetitions above 50 as unbounded), so it may refuse a safe
 * pattern but should not accept an unsafe one; a bounded repetition (`\w{0,30}`) or a `\b` before a repetition
 * is the usual fix, and the messages say so.
 */
export function findRegexHazard(source: string): string | null {
  let pattern: AST.Pattern;
  try {
    pattern = PARSER.parsePattern(source, 0, source.length, { unicode: true });
  } catch (error) {
    return `the regular expression cannot be analysed (${error instanceof Error ? error.message : String(error)})`;
  }
  const shape = findCatastrophicShape(pattern);
  if (shape !== null) return `the regular expression can backtrack catastrophically (${shape})`;
  const pending: (readonly AST.Alternative[])[] = [pattern.alternatives];
  const analysed = new Set<readonly AST.Alternative[]>();
  while (pending.length > 0) {
    const alternatives = pending.pop() as readonly AST.Alternative[];
    if (analysed.has(alternatives)) continue;
    analysed.add(alternatives);
    let automaton: PositionAutomaton;
    try {
      automaton = buildPositionAutomaton(alternatives);
    } catch (error) {
      if (error instanceof PatternTooComplexError) return TOO_COMPLEX;
      throw error;
    }
    // A search that reaches a greedy loop it may end in stops there, but a lookaround body that does only lets the
    // pattern go on: when the rest fails, the next offset runs the body's loop again (`(?=\w+)x` on "aaaa…" is
    // quadratic). So in a body no state is one the search can end in.
    if (alternatives !== pattern.alternatives) {
      automaton = { ...automaton, isFreelyAccepting: automaton.isFreelyAccepting.map(() => false) };
    }
    const hazard = hazardOf(automaton);
    if (hazard !== null) return hazard;
    for (const lookaround of automaton.lookarounds) pending.push(lookaround.alternatives);
  }
  return null;
}

const TOO_COMPLEX =
  'the regular expression is too complex to check for catastrophic backtracking; simplify it';

function hazardOf(automaton: PositionAutomaton): string | null {
  const ambiguity = findAmbiguity(automaton);
  if (ambiguity === null) return null;
  switch (ambiguity.kind) {
    case 'too-complex':
      return TOO_COMPLEX;
    case 'exponential':
      return `the regular expression can backtrack catastrophically (ambiguous repetition "${quote(ambiguity.repetition)}")`;
    case 'many-paths':
      return `the regular expression can backtrack catastrophically (it can read one text in more than ${MAX_PATHS_PER_ATTEMPT} ways, as "(a?){20}a{20}" does; make optional parts that read the same characters fewer or unambiguous)`;
    case 'polynomial':
      return ambiguity.from === null
        ? `the regular expression can backtrack in polynomial time (the search can start again inside "${quote(ambiguity.repetition)}"; bound it like {0,30} or put \\b or ^ before it)`
        : `the regular expression can backtrack in polynomial time ("${quote(ambiguity.from)}" and "${quote(ambiguity.repetition)}" can read the same text; bound one like {0,30})`;
  }
}

function quote(repetition: AST.Quantifier | null): string {
  return repetition === null ? '?' : shortRaw(repetition);
}
