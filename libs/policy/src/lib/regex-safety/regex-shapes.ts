import type { AST } from '@eslint-community/regexpp';
import { ALL_CODE_POINTS, CodePointSet, EMPTY_SET, intersects, unionOf } from './code-point-sets';
import { charactersOf } from './regex-characters';

/**
 * Two repetitions nested in each other are accepted only when both are bounded and together repeat at most this
 * often, as in an address written `(\d{1,3}\.){3}`: the backtracking they can do is then bounded by a constant.
 */
const MAX_BOUNDED_NESTED_REPEATS = 100;

/**
 * The first of the three well-known shapes of catastrophic backtracking in a pattern, as a phrase naming it and
 * the repetition it sits in, or null: a repetition holding
 * - another variable repetition (star height above 1: `(a+)+`, `(\w+\s?)*`);
 * - a backreference (`(\w)\1+`, `((a)\2)*`): its cost depends on what the group caught;
 * - an alternation whose branches can start with the same character, or one of which can be empty (`(a|a)*`,
 *   `(a|ab)*`, `(\w|\d)+`): the repetition can then split one text into iterations in many ways.
 * Lookaround bodies are checked too; the automaton check (regex-ambiguity.ts) covers what these shapes do not.
 */
export function findCatastrophicShape(pattern: AST.Pattern): string | null {
  let found: string | null = null;
  visitNodes(pattern, (node) => {
    if (found !== null || node.type !== 'Quantifier' || node.max <= 1) return;
    found = riskInRepetition(node);
  });
  return found;
}

function riskInRepetition(repetition: AST.Quantifier): string | null {
  let risk: string | null = null;
  visitNodes(repetition.element, (node) => {
    if (risk !== null) return;
    if (node.type === 'Backreference') risk = `quantified backreference "${shortRaw(repetition)}"`;
    else if (node.type === 'Quantifier' && isNestedRepetitionRisky(repetition, node))
      risk = `nested quantifier "${shortRaw(repetition)}"`;
    else if ((node.type === 'Group' || node.type === 'CapturingGroup') && hasOverlappingAlternatives(node))
      risk = `quantified group with overlapping alternatives "${shortRaw(repetition)}"`;
  });
  return risk;
}

function isNestedRepetitionRisky(outer: AST.Quantifier, inner: AST.Quantifier): boolean {
  if (inner.max <= 1 || inner.min === inner.max) return false;
  const isBounded = Number.isFinite(outer.max) && Number.isFinite(inner.max);
  return !(isBounded && outer.max * inner.max <= MAX_BOUNDED_NESTED_REPEATS);
}

function hasOverlappingAlternatives(group: AST.Group | AST.CapturingGroup): boolean {
  if (group.alternatives.length < 2) return false;
  let seen: CodePointSet = EMPTY_SET;
  for (const alternative of group.alternatives) {
    const { characters, isNullable } = firstCharactersOf(alternative.elements);
    if (isNullable || intersects(seen, characters)) return true;
    seen = unionOf(seen, characters);
  }
  return false;
}

/** The characters a sequence of elements can start with, and whether it can match the empty text. */
function firstCharactersOf(elements: readonly AST.Element[]): {
  characters: CodePointSet;
  isNullable: boolean;
} {
  let characters: CodePointSet = EMPTY_SET;
  for (const element of elements) {
    const first = firstOfElement(element);
    characters = unionOf(characters, first.characters);
    if (!first.isNullable) return { characters, isNullable: false };
  }
  return { characters, isNullable: true };
}

function firstOfElement(element: AST.Element): { characters: CodePointSet; isNullable: boolean } {
  switch (element.type) {
    case 'Assertion':
      return { characters: EMPTY_SET, isNullable: true };
    case 'Backreference':
      return { characters: ALL_CODE_POINTS, isNullable: true };
    case 'Quantifier': {
      const first = firstOfElement(element.element);
      return { characters: first.characters, isNullable: element.min === 0 || first.isNullable };
    }
    case 'Group':
    case 'CapturingGroup': {
      let characters: CodePointSet = EMPTY_SET;
      let isNullable = false;
      for (const alternative of element.alternatives) {
        const first = firstCharactersOf(alternative.elements);
        characters = unionOf(characters, first.characters);
        if (first.isNullable) isNullable = true;
      }
      return { characters, isNullable };
    }
    default:
      return { characters: charactersOf(element), isNullable: false };
  }
}

/** A node of the pattern tree that can hold alternatives or elements. */
type RegexNode = AST.Pattern | AST.Alternative | AST.Element;

/** Calls `visit` on the node and every node below it (alternatives, elements, quantified elements), parents first. */
export function visitNodes(node: RegexNode, visit: (node: RegexNode) => void): void {
  visit(node);
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      for (const alternative of node.alternatives) visitNodes(alternative, visit);
      return;
    case 'Assertion':
      if (node.kind === 'lookahead' || node.kind === 'lookbehind')
        for (const alternative of node.alternatives) visitNodes(alternative, visit);
      return;
    case 'Alternative':
      for (const element of node.elements) visitNodes(element, visit);
      return;
    case 'Quantifier':
      visitNodes(node.element, visit);
      return;
    default:
      return;
  }
}

/** Patterns are quoted in messages up to this many characters. */
const MAX_QUOTED_LENGTH = 40;

/** A node's source text for a message, shortened with "…" when long. */
export function shortRaw(node: { raw: string }): string {
  return node.raw.length <= MAX_QUOTED_LENGTH ? node.raw : `${node.raw.slice(0, MAX_QUOTED_LENGTH - 1)}…`;
}
