import type { AST } from '@eslint-community/regexpp';
import {
  ALL_CODE_POINTS,
  CodePointSet,
  complementOf,
  DIGITS,
  setOfCodePoints,
  setOfRanges,
  unionOf,
  WHITE_SPACE,
  withCaseVariants,
  WORD_CHARACTERS,
} from './code-point-sets';

/** A regex node that reads exactly one character. */
export type CharacterNode =
  AST.Character | AST.CharacterClass | AST.CharacterSet | AST.ExpressionCharacterClass;

/**
 * The characters a node can read under the `iu` flags, case variants included. Over-approximated where exactness
 * costs more than it is worth: `.` and every `\p{…}`/`\P{…}` count as any character (more overlap only makes the
 * analyser stricter, never laxer).
 */
export function charactersOf(node: CharacterNode): CodePointSet {
  switch (node.type) {
    case 'Character':
      return withCaseVariants(setOfCodePoints([node.value]));
    case 'CharacterSet':
      return characterSetOf(node);
    case 'CharacterClass': {
      if (node.unicodeSets) return ALL_CODE_POINTS;
      let set: CodePointSet = [];
      for (const element of node.elements) set = unionOf(set, classElementOf(element));
      const folded = withCaseVariants(set);
      return node.negate ? withCaseVariants(complementOf(folded)) : folded;
    }
    case 'ExpressionCharacterClass':
      return ALL_CODE_POINTS;
  }
}

function classElementOf(element: AST.ClassRangesCharacterClassElement): CodePointSet {
  switch (element.type) {
    case 'Character':
      return setOfCodePoints([element.value]);
    case 'CharacterClassRange':
      return setOfRanges([[element.min.value, element.max.value]]);
    case 'CharacterSet':
      return characterSetOf(element);
  }
}

function characterSetOf(node: AST.CharacterSet): CodePointSet {
  switch (node.kind) {
    case 'any':
    case 'property':
      return ALL_CODE_POINTS;
    case 'digit':
      return node.negate ? complementOf(DIGITS) : DIGITS;
    case 'space':
      return node.negate ? complementOf(WHITE_SPACE) : WHITE_SPACE;
    case 'word':
      return node.negate ? complementOf(WORD_CHARACTERS) : WORD_CHARACTERS;
  }
}
