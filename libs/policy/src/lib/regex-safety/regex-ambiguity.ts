import type { AST } from '@eslint-community/regexpp';
import { CodePointSet, intersectionOf, intersects } from './code-point-sets';
import { PositionAutomaton, SEARCH_NON_WORD_STATE, SEARCH_WORD_STATE, START_STATE } from './regex-positions';

/** Why a backtracking search can take more than linear time: the repetition(s) at fault. */
export type Ambiguity =
  | { readonly kind: 'exponential'; readonly repetition: AST.Quantifier | null }
  /** `from` null: the search itself, which restarts the pattern at every offset of text the repetition reads. */
  | {
      readonly kind: 'polynomial';
      readonly from: AST.Quantifier | null;
      readonly repetition: AST.Quantifier | null;
    }
  /** No repetition loops, but one attempt at one offset can read the same text in more ways than MAX_PATHS_PER_ATTEMPT. */
  | { readonly kind: 'many-paths' }
  | { readonly kind: 'too-complex' };

/** Steps (product states and transitions visited) the checks may take before the pattern is refused as too complex. */
const MAX_STEPS = 2_000_000;
/**
 * The most paths one attempt of the pattern (at one offset) may try before it fails. Bounded repetitions are unrolled,
 * so `(a?){25}a{25}` has no loop for the checks above to find, yet an attempt on "aaaa…" tries 2^25 ways (3 s on V8).
 * Ten thousand paths cost V8 about 50 µs per offset: a slow regex, not a stalled server. Team choice.
 */
export const MAX_PATHS_PER_ATTEMPT = 10_000;

/**
 * Finds what makes a backtracking search super-linear, with the classic criteria on the automaton's ambiguity
 * (Weber & Seidl 1991; used for ReDoS by Weideman et al. 2016 and Wüstholz et al. 2017). The automaton's states are
 * all "accepting" here, since a failing search backtracks through every path, not only the matching ones:
 * - exponential (EDA): a state q with two different paths from q back to q reading the same text, found as a
 *   strongly connected component of the pair automaton holding both (q, q) and a pair of different states;
 * - polynomial (IDA): different states p and q and a text w with paths p→p, p→q and q→q all reading w, found by a
 *   search of the triple automaton from (p, p, q) to (p, q, q). With the search states as p this is the common
 *   quadratic case of a repetition whose text the search can start in again (`\w+x` on "aaaa…").
 * The paths p→q and q→q may not pass a state after which the match can end with nothing left to check: a search
 * reaching such a state succeeds (greedy or not, it can always fall back to ending there), so it never fails over
 * and over (`hetz\w*`, `(?:ab|cd)+`).
 */
export function findAmbiguity(automaton: PositionAutomaton): Ambiguity | null {
  const budget = { steps: 0 };
  try {
    const components = stronglyConnectedComponents(automaton);
    return (
      findExponential(automaton, components, budget) ??
      findPolynomial(automaton, components, budget) ??
      findManyPaths(automaton, budget)
    );
  } catch (error) {
    if (error instanceof BudgetExceededError) return { kind: 'too-complex' };
    throw error;
  }
}

class BudgetExceededError extends Error {}

function spend(budget: { steps: number }, steps = 1): void {
  budget.steps += steps;
  if (budget.steps > MAX_STEPS) throw new BudgetExceededError();
}

interface Components {
  /** The component of each reachable state, -1 for unreachable ones. */
  readonly componentOf: readonly number[];
  readonly members: readonly (readonly number[])[];
  /** Whether a component holds a cycle (more than one state, or a state looping to itself). */
  readonly isCyclic: readonly boolean[];
}

function findExponential(
  automaton: PositionAutomaton,
  { componentOf, members, isCyclic }: Components,
  budget: { steps: number },
): Ambiguity | null {
  const { characters, successors } = automaton;
  for (let component = 0; component < members.length; component++) {
    if (!isCyclic[component]) continue;
    const states = members[component];
    const size = states.length;
    const localIndex = new Map(states.map((state, index) => [state, index]));
    spend(budget, size * size);
    const pairSuccessors: number[][] = [];
    for (let pair = 0; pair < size * size; pair++) {
      const first = states[Math.floor(pair / size)];
      const second = states[pair % size];
      const next: number[] = [];
      for (const firstNext of successors[first]) {
        if (componentOf[firstNext] !== component) continue;
        for (const secondNext of successors[second]) {
          spend(budget);
          if (componentOf[secondNext] !== component) continue;
          if (!intersects(characters[firstNext], characters[secondNext])) continue;
          next.push((localIndex.get(firstNext) as number) * size + (localIndex.get(secondNext) as number));
        }
      }
      pairSuccessors.push(next);
    }
    const pairComponents = componentsOfGraph(
      pairSuccessors,
      pairSuccessors.map(() => true),
    );
    for (const pairMembers of pairComponents.members) {
      const diagonal = pairMembers.find((pair) => Math.floor(pair / size) === pair % size);
      const hasOffDiagonal = pairMembers.some((pair) => Math.floor(pair / size) !== pair % size);
      if (diagonal !== undefined && hasOffDiagonal)
        return { kind: 'exponential', repetition: automaton.repetitionOf[states[diagonal % size]] };
    }
  }
  return null;
}

function findPolynomial(
  automaton: PositionAutomaton,
  components: Components,
  budget: { steps: number },
): Ambiguity | null {
  const { componentOf, isCyclic } = components;
  const { successors, isFreelyAccepting } = automaton;
  const cyclicStates = componentOf.flatMap((component, state) =>
    component !== -1 && isCyclic[component] ? [state] : [],
  );
  const predecessors: number[][] = successors.map(() => []);
  successors.forEach((next, state) => next.forEach((successor) => predecessors[successor].push(state)));
  const forward = new Map<number, boolean[]>();
  const backward = new Map<number, boolean[]>();
  const intersections = new Map<number, CodePointSet>();
  for (const p of cyclicStates) {
    const fromP = cached(forward, componentOf[p], () =>
      reachable(components.members[componentOf[p]], successors),
    );
    for (const q of cyclicStates) {
      if (componentOf[p] === componentOf[q] || !fromP[q] || isFreelyAccepting[q]) continue;
      const toQ = cached(backward, componentOf[q], () =>
        reachable(components.members[componentOf[q]], predecessors),
      );
      const isBetween = (state: number) => fromP[state] && toQ[state] && !isFreelyAccepting[state];
      if (readsTogether(automaton, componentOf, p, q, isBetween, intersections, budget)) {
        const isSearch = p === SEARCH_NON_WORD_STATE || p === SEARCH_WORD_STATE;
        return {
          kind: 'polynomial',
          from: isSearch ? null : automaton.repetitionOf[p],
          repetition: automaton.repetitionOf[q],
        };
      }
    }
  }
  return null;
}

/** Whether some text w has paths p→p, p→q and q→q: a search of the triple automaton from (p, p, q) to (p, q, q). */
function readsTogether(
  { characters, successors }: PositionAutomaton,
  componentOf: readonly number[],
  p: number,
  q: number,
  isBetween: (state: number) => boolean,
  intersections: Map<number, CodePointSet>,
  budget: { steps: number },
): boolean {
  const count = successors.length;
  const key = (x: number, y: number, z: number) => (x * count + y) * count + z;
  const target = key(p, q, q);
  const seen = new Set<number>([key(p, p, q)]);
  const stack: [number, number, number][] = [[p, p, q]];
  while (stack.length > 0) {
    const [x, y, z] = stack.pop() as [number, number, number];
    for (const nextX of successors[x]) {
      if (componentOf[nextX] !== componentOf[p]) continue;
      for (const nextY of successors[y]) {
        if (!isBetween(nextY)) continue;
        const xy = cached(intersections, nextX * count + nextY, () =>
          intersectionOf(characters[nextX], characters[nextY]),
        );
        if (xy.length === 0) continue;
        for (const nextZ of successors[z]) {
          spend(budget);
          if (
            componentOf[nextZ] !== componentOf[q] ||
            !isBetween(nextZ) ||
            !intersects(xy, characters[nextZ])
          )
            continue;
          const next = key(nextX, nextY, nextZ);
          if (next === target) return true;
          if (seen.has(next)) continue;
          seen.add(next);
          stack.push([nextX, nextY, nextZ]);
        }
      }
    }
  }
  return false;
}

/**
 * Counts the paths of one attempt from the start (the search's restarts left out) on the worst text it can find, built
 * one character at a time: each step takes the character (the first of a range some next state reads) that keeps
 * the most paths alive. A backtracking engine that fails tries every one of them, so their sum over the steps is the
 * attempt's cost. Only asked once the checks above found no loop to blow up, so the count is bounded; the text never
 * needs to be longer than one character per state.
 */
function findManyPaths(automaton: PositionAutomaton, budget: { steps: number }): Ambiguity | null {
  const { characters, successors } = automaton;
  const isPatternState = (state: number) => state !== SEARCH_NON_WORD_STATE && state !== SEARCH_WORD_STATE;
  let paths = new Map<number, number>([[START_STATE, 1]]);
  let total = 0;
  for (let step = 0; step < characters.length && paths.size > 0; step++) {
    const candidates = new Set<number>();
    for (const state of paths.keys())
      for (const next of successors[state])
        if (isPatternState(next))
          for (let range = 0; range < characters[next].length; range += 2)
            candidates.add(characters[next][range]);
    let best = new Map<number, number>();
    let bestCount = 0;
    for (const codePoint of candidates) {
      const read: CodePointSet = [codePoint, codePoint];
      const next = new Map<number, number>();
      let count = 0;
      for (const [state, stateCount] of paths)
        for (const successor of successors[state]) {
          spend(budget);
          if (!isPatternState(successor) || !intersects(characters[successor], read)) continue;
          next.set(successor, (next.get(successor) ?? 0) + stateCount);
          count += stateCount;
        }
      if (count > bestCount) {
        best = next;
        bestCount = count;
      }
    }
    total += bestCount;
    if (total > MAX_PATHS_PER_ATTEMPT) return { kind: 'many-paths' };
    paths = best;
  }
  return null;
}

function cached<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** The states reachable from (any of) `starts` along `edges`, the starts included. */
function reachable(starts: readonly number[], edges: readonly (readonly number[])[]): boolean[] {
  const isReached = edges.map(() => false);
  const stack = [...starts];
  for (const start of starts) isReached[start] = true;
  while (stack.length > 0) {
    const state = stack.pop() as number;
    for (const next of edges[state])
      if (!isReached[next]) {
        isReached[next] = true;
        stack.push(next);
      }
  }
  return isReached;
}

function stronglyConnectedComponents(automaton: PositionAutomaton): Components {
  return componentsOfGraph(automaton.successors, automaton.isReachable);
}

/** Tarjan's strongly connected components of the included nodes, iteratively (patterns can be long). */
function componentsOfGraph(
  edges: readonly (readonly number[])[],
  isIncluded: readonly boolean[],
): Components {
  const count = edges.length;
  const index = new Int32Array(count).fill(-1);
  const lowLink = new Int32Array(count);
  const isOnStack = new Uint8Array(count);
  const componentOf = new Array<number>(count).fill(-1);
  const members: number[][] = [];
  const isCyclic: boolean[] = [];
  const stack: number[] = [];
  let nextIndex = 0;
  for (let root = 0; root < count; root++) {
    if (!isIncluded[root] || index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = lowLink[root] = nextIndex++;
    stack.push(root);
    isOnStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, edge] = frame;
      if (edge < edges[node].length) {
        frame[1]++;
        const next = edges[node][edge];
        if (!isIncluded[next]) continue;
        if (index[next] === -1) {
          index[next] = lowLink[next] = nextIndex++;
          stack.push(next);
          isOnStack[next] = 1;
          work.push([next, 0]);
        } else if (isOnStack[next]) lowLink[node] = Math.min(lowLink[node], index[next]);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        lowLink[parent] = Math.min(lowLink[parent], lowLink[node]);
      }
      if (lowLink[node] !== index[node]) continue;
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop() as number;
        isOnStack[member] = 0;
        componentOf[member] = members.length;
        component.push(member);
      } while (member !== node);
      isCyclic.push(component.length > 1 || edges[node].includes(node));
      members.push(component);
    }
  }
  return { componentOf, members, isCyclic };
}
