import type { AST } from '@eslint-community/regexpp';
import { CodePointSet, complementOf, intersectionOf, WORD_CHARACTERS } from './code-point-sets';
import { charactersOf } from './regex-characters';

/**
 * The position automaton (Glushkov) of a pattern as a backtracking search runs it, for the ambiguity checks:
 * - state 0 is the start of the text, states 1 and 2 the search moving on over one more character (a non-word or a
 *   word character; the search tries the pattern at every offset, as if it began with a lazy `[^]*?`);
 * - every other state is one character-reading node of the pattern, split by whether the character it reads is a
 *   word character, so `\b` and `\B` are decided exactly: a transition exists only where its assertions can hold.
 * Every state reads the characters of `characters[state]` when entered. `^` only holds from state 0, `$` ends the
 * path; lookarounds count as always true (their bodies are analysed on their own) and backreferences as a copy of
 * the group they refer to, both over-approximations that can only make the checks stricter.
 */
export interface PositionAutomaton {
  readonly characters: readonly CodePointSet[];
  readonly successors: readonly (readonly number[])[];
  /** The innermost repetition (max > 1) around each state's node, for messages; null for the start and the search. */
  readonly repetitionOf: readonly (AST.Quantifier | null)[];
  /** Whether a match can end right after the state with no assertion to check: a greedy loop there never has to give back. */
  readonly isFreelyAccepting: readonly boolean[];
  /** Whether the start reaches the state. */
  readonly isReachable: readonly boolean[];
  /** The lookaround assertions met, whose bodies run at every offset too. */
  readonly lookarounds: readonly AST.LookaroundAssertion[];
}

/** The start state; the search states after a non-word and after a word character. */
export const START_STATE = 0;
export const SEARCH_NON_WORD_STATE = 1;
export const SEARCH_WORD_STATE = 2;

/** A repetition up to this many times is unrolled into copies (`\w{0,30}` stays bounded); a longer one is analysed as unbounded (stricter). */
const MAX_UNROLLED_REPEATS = 50;
/** A pattern needing more character positions than this is refused as too complex to analyse. */
export const MAX_POSITIONS = 2_000;

/** Thrown when a pattern needs more than MAX_POSITIONS positions. */
export class PatternTooComplexError extends Error {}

// The assertions on the way between two characters, as bits; \b and \B together can never hold.
const AT_START = 1;
const AT_END = 2;
const AT_BOUNDARY = 4;
const AT_NON_BOUNDARY = 8;
const IMPOSSIBLE = -1;

interface Entry {
  readonly position: number;
  readonly assertions: number;
}

/** A sub-pattern: positions it can start and end with (with the assertions between them and its edge), and the assertions of its empty matches. */
interface Fragment {
  readonly first: readonly Entry[];
  readonly last: readonly Entry[];
  readonly empty: readonly number[];
}

const EMPTY_FRAGMENT: Fragment = { first: [], last: [], empty: [0] };

function combine(a: number, b: number): number {
  const combined = a | b;
  return combined & AT_BOUNDARY && combined & AT_NON_BOUNDARY ? IMPOSSIBLE : combined;
}

function uniqueEntries(entries: readonly Entry[]): Entry[] {
  const seen = new Set<number>();
  return entries.filter((entry) => {
    const key = entry.position * 16 + entry.assertions;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds the position automaton of a pattern (or a lookaround body); throws PatternTooComplexError past MAX_POSITIONS. */
export function buildPositionAutomaton(alternatives: readonly AST.Alternative[]): PositionAutomaton {
  const builder = new PositionBuilder();
  const pattern = builder.alternation(alternatives);
  return builder.toAutomaton(pattern);
}

class PositionBuilder {
  private readonly positions: { characters: CodePointSet; repetition: AST.Quantifier | null }[] = [];
  private readonly follow: Entry[][] = [];
  private readonly followKeys: Set<number>[] = [];
  private readonly repetitions: AST.Quantifier[] = [];
  private readonly groupsInProgress = new Set<AST.CapturingGroup>();
  private readonly lookarounds = new Set<AST.LookaroundAssertion>();

  alternation(alternatives: readonly AST.Alternative[]): Fragment {
    const fragments = alternatives.map((alternative) => this.sequence(alternative.elements));
    return {
      first: uniqueEntries(fragments.flatMap((fragment) => fragment.first)),
      last: uniqueEntries(fragments.flatMap((fragment) => fragment.last)),
      empty: [...new Set(fragments.flatMap((fragment) => fragment.empty))],
    };
  }

  private sequence(elements: readonly AST.Element[]): Fragment {
    let fragment = EMPTY_FRAGMENT;
    for (const element of elements) fragment = this.concat(fragment, this.element(element));
    return fragment;
  }

  private element(element: AST.Element): Fragment {
    switch (element.type) {
      case 'Assertion':
        return this.assertion(element);
      case 'Quantifier':
        return this.quantifier(element);
      case 'Group':
        return this.alternation(element.alternatives);
      case 'CapturingGroup':
        return this.capturingGroup(element);
      case 'Backreference': {
        const groups = Array.isArray(element.resolved) ? element.resolved : [element.resolved];
        const copies = groups.map((group) =>
          this.groupsInProgress.has(group) ? EMPTY_FRAGMENT : this.capturingGroup(group),
        );
        return {
          first: uniqueEntries(copies.flatMap((copy) => copy.first)),
          last: uniqueEntries(copies.flatMap((copy) => copy.last)),
          empty: [...new Set([0, ...copies.flatMap((copy) => copy.empty)])],
        };
      }
      default:
        return this.character(charactersOf(element));
    }
  }

  private capturingGroup(group: AST.CapturingGroup): Fragment {
    this.groupsInProgress.add(group);
    try {
      return this.alternation(group.alternatives);
    } finally {
      this.groupsInProgress.delete(group);
    }
  }

  private assertion(assertion: AST.Assertion): Fragment {
    switch (assertion.kind) {
      case 'start':
        return { first: [], last: [], empty: [AT_START] };
      case 'end':
        return { first: [], last: [], empty: [AT_END] };
      case 'word':
        return { first: [], last: [], empty: [assertion.negate ? AT_NON_BOUNDARY : AT_BOUNDARY] };
      default:
        this.lookarounds.add(assertion);
        return EMPTY_FRAGMENT;
    }
  }

  private character(characters: CodePointSet): Fragment {
    if (this.positions.length >= MAX_POSITIONS) throw new PatternTooComplexError();
    const position = this.positions.length;
    this.positions.push({ characters, repetition: this.repetitions[this.repetitions.length - 1] ?? null });
    this.follow.push([]);
    this.followKeys.push(new Set());
    const entry = { position, assertions: 0 };
    return { first: [entry], last: [entry], empty: [] };
  }

  private quantifier(quantifier: AST.Quantifier): Fragment {
    const isRepeating = quantifier.max > 1;
    if (isRepeating) this.repetitions.push(quantifier);
    try {
      const build = () => this.element(quantifier.element);
      if (quantifier.max <= MAX_UNROLLED_REPEATS) {
        let fragment = EMPTY_FRAGMENT;
        for (let copy = 0; copy < quantifier.min; copy++) fragment = this.concat(fragment, build());
        return this.concat(fragment, this.nestedOptional(build, quantifier.max - quantifier.min));
      }
      const required = Math.min(quantifier.min, MAX_UNROLLED_REPEATS);
      let fragment = EMPTY_FRAGMENT;
      for (let copy = 1; copy < required; copy++) fragment = this.concat(fragment, build());
      const loop = this.loop(build());
      return this.concat(
        fragment,
        required === 0 ? { ...loop, empty: [...new Set([0, ...loop.empty])] } : loop,
      );
    } finally {
      if (isRepeating) this.repetitions.pop();
    }
  }

  /** `(x(x(x)?)?)?` for `count` copies: unambiguous, unlike `x?x?x?`. */
  private nestedOptional(build: () => Fragment, count: number): Fragment {
    if (count === 0) return EMPTY_FRAGMENT;
    const inner = this.concat(build(), this.nestedOptional(build, count - 1));
    return { ...inner, empty: [...new Set([0, ...inner.empty])] };
  }

  /** One or more repetitions of a fragment: each of its last positions may go on with one of its first. */
  private loop(fragment: Fragment): Fragment {
    for (const from of fragment.last) for (const to of fragment.first) this.addFollow(from, to);
    return fragment;
  }

  private concat(a: Fragment, b: Fragment): Fragment {
    if (a === EMPTY_FRAGMENT) return b;
    if (b === EMPTY_FRAGMENT) return a;
    for (const from of a.last) for (const to of b.first) this.addFollow(from, to);
    const first = [...a.first];
    for (const before of a.empty)
      for (const entry of b.first) {
        const assertions = combine(before, entry.assertions);
        if (assertions !== IMPOSSIBLE && !(assertions & AT_END))
          first.push({ position: entry.position, assertions });
      }
    const last = [...b.last];
    for (const entry of a.last)
      for (const after of b.empty) {
        const assertions = combine(entry.assertions, after);
        if (assertions !== IMPOSSIBLE && !(assertions & AT_START))
          last.push({ position: entry.position, assertions });
      }
    const empty = new Set<number>();
    for (const before of a.empty)
      for (const after of b.empty) {
        const assertions = combine(before, after);
        if (assertions !== IMPOSSIBLE) empty.add(assertions);
      }
    return { first: uniqueEntries(first), last: uniqueEntries(last), empty: [...empty] };
  }

  private addFollow(from: Entry, to: Entry): void {
    const assertions = combine(from.assertions, to.assertions);
    if (assertions === IMPOSSIBLE || assertions & (AT_START | AT_END)) return;
    const key = to.position * 16 + assertions;
    if (this.followKeys[from.position].has(key)) return;
    this.followKeys[from.position].add(key);
    this.follow[from.position].push({ position: to.position, assertions });
  }

  toAutomaton(pattern: Fragment): PositionAutomaton {
    const nonWordCharacters = complementOf(WORD_CHARACTERS);
    const characters: CodePointSet[] = [[], nonWordCharacters, WORD_CHARACTERS];
    const repetitionOf: (AST.Quantifier | null)[] = [null, null, null];
    const isWordState: boolean[] = [false, false, true];
    // statesOf[position] = [its non-word state, its word state], -1 where it reads no such character.
    const statesOf = this.positions.map(({ characters: read, repetition }) =>
      [nonWordCharacters, WORD_CHARACTERS].map((kind, isWord) => {
        const part = intersectionOf(read, kind);
        if (part.length === 0) return -1;
        characters.push(part);
        repetitionOf.push(repetition);
        isWordState.push(isWord === 1);
        return characters.length - 1;
      }),
    );
    const successors: number[][] = characters.map(() => []);
    const link = (from: number, to: Entry, fromStart: boolean) => {
      if (to.assertions & AT_START && !fromStart) return;
      for (const state of statesOf[to.position]) {
        if (state === -1) continue;
        if (to.assertions & AT_BOUNDARY && isWordState[from] === isWordState[state]) continue;
        if (to.assertions & AT_NON_BOUNDARY && isWordState[from] !== isWordState[state]) continue;
        successors[from].push(state);
      }
    };
    for (const search of [SEARCH_NON_WORD_STATE, SEARCH_WORD_STATE]) {
      successors[START_STATE].push(search);
      successors[search].push(SEARCH_NON_WORD_STATE, SEARCH_WORD_STATE);
      for (const entry of pattern.first) link(search, entry, false);
    }
    for (const entry of pattern.first) link(START_STATE, entry, true);
    this.positions.forEach((_, position) => {
      for (const from of statesOf[position])
        if (from !== -1) for (const entry of this.follow[position]) link(from, entry, false);
    });
    const isFreelyAccepting = characters.map(() => false);
    for (const entry of pattern.last)
      if (entry.assertions === 0)
        for (const state of statesOf[entry.position]) if (state !== -1) isFreelyAccepting[state] = true;
    return {
      characters,
      successors: successors.map((list) => [...new Set(list)]),
      repetitionOf,
      isFreelyAccepting,
      isReachable: reachableFrom(START_STATE, successors),
      lookarounds: [...this.lookarounds],
    };
  }
}

function reachableFrom(start: number, successors: readonly (readonly number[])[]): boolean[] {
  const isReachable = successors.map(() => false);
  const stack = [start];
  isReachable[start] = true;
  while (stack.length > 0) {
    const state = stack.pop() as number;
    for (const next of successors[state])
      if (!isReachable[next]) {
        isReachable[next] = true;
        stack.push(next);
      }
  }
  return isReachable;
}
