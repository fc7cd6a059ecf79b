import fc from 'fast-check';
import { fragment } from './adversarial-text';

/** Patterns known to backtrack exponentially or polynomially, and their usual disguises. */
export const HAZARDOUS_PATTERNS = [
  '(a+)+$',
  '(a|aa)*$',
  '(a|a)*$',
  '(\\w+\\s?)*$',
  '\\w+x',
  '\\s+$',
  'juden.*raus',
  '(?:a*)*b',
  '(x+x+)+y',
  '(\\d+|\\d+\\.\\d+)+!',
  '^(a?){25}a{25}$',
  '(?=(a+)+$)',
  '(a+)\\1+$',
  '(.*a){12}',
  '\\b\\w+\\s?\\w+\\b',
];

const ATOMS = [
  'a',
  'b',
  'x',
  'ae',
  '.',
  '\\w',
  '\\W',
  '\\d',
  '\\s',
  '\\S',
  '[a-z]',
  '[^x]',
  '[aeiou]',
  '\\p{L}',
  '\\p{Lu}',
  '\\u200b',
  '\\x41',
  'מ',
];
const QUANTIFIERS = ['', '', '', '*', '+', '?', '{0,30}', '{2,}', '{1,99999}', '{3}', '*?', '+?'];

/**
 * Regular expression sources as an admin might write them, or break them: atoms, classes, groups of every kind,
 * lookarounds, backreferences, anchors and word boundaries, every quantifier (huge bounds and lazy ones included),
 * alternations; now and then invalid syntax, raw hostile text, or a known hazard.
 */
export function regexSource(): fc.Arbitrary<string> {
  const { pattern } = fc.letrec<{ pattern: string; sequence: string; piece: string; atom: string }>(
    (tie) => ({
      pattern: fc.oneof(
        { depthSize: 'small', maxDepth: 3 },
        tie('sequence'),
        fc
          .array(tie('sequence'), { minLength: 2, maxLength: 3 })
          .map((alternatives) => alternatives.join('|')),
      ),
      sequence: fc.array(tie('piece'), { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join('')),
      // Assertions and lookarounds take no quantifier under the u flag, so only the other atoms get one.
      piece: fc.oneof(
        {
          weight: 6,
          arbitrary: fc
            .tuple(tie('atom'), fc.constantFrom(...QUANTIFIERS))
            .map(([atom, quantifier]) => atom + quantifier),
        },
        { weight: 1, arbitrary: fc.constantFrom('^', '$', '\\b', '\\B') },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('pattern'))
            .map(([open, inner]) => `${open}${inner})`),
        },
      ),
      atom: fc.oneof(
        { depthSize: 'small', maxDepth: 3 },
        { weight: 6, arbitrary: fc.constantFrom(...ATOMS) },
        { weight: 1, arbitrary: fc.constantFrom('(a)\\1', '(\\w)\\1') },
        {
          weight: 2,
          arbitrary: fc
            .tuple(fc.constantFrom('(?:', '('), tie('pattern'))
            .map(([open, inner]) => `${open}${inner})`),
        },
      ),
    }),
  );
  return fc.oneof(
    { weight: 8, arbitrary: pattern },
    { weight: 1, arbitrary: fc.constantFrom(...HAZARDOUS_PATTERNS) },
    {
      weight: 1,
      arbitrary: fc
        .array(
          fc.oneof(fragment(), fc.constantFrom('(', ')', '[', ']', '{', '}', '\\', '*', '+', '?', '|')),
          { maxLength: 12 },
        )
        .map((pieces) => pieces.join('')),
    },
  );
}
