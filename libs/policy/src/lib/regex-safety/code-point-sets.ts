/**
 * Sets of Unicode code points as sorted, disjoint, non-adjacent inclusive ranges flattened into one array
 * ([from0, to0, from1, to1, …]), for the regex analyser's "can these two positions read the same character" test.
 */
export type CodePointSet = readonly number[];

/** The highest code point. */
const MAX_CODE_POINT = 0x10ffff;
/** Ranges up to this size get their non-ASCII case variants one code point at a time; bigger ones (\p{…}, negated classes) are left as they are. */
const MAX_CASE_FOLDED_RANGE = 512;

/** No code point. */
export const EMPTY_SET: CodePointSet = [];
/** Every code point. */
export const ALL_CODE_POINTS: CodePointSet = [0, MAX_CODE_POINT];

/** The set of the given inclusive ranges, in any order, overlapping or not. */
export function setOfRanges(ranges: readonly (readonly [number, number])[]): CodePointSet {
  const sorted = ranges.filter(([from, to]) => from <= to).sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [from, to] of sorted) {
    const last = merged.length - 1;
    if (last > 0 && from <= merged[last] + 1) merged[last] = Math.max(merged[last], to);
    else merged.push(from, to);
  }
  return merged;
}

/** The set of single code points. */
export function setOfCodePoints(codePoints: readonly number[]): CodePointSet {
  return setOfRanges(codePoints.map((codePoint) => [codePoint, codePoint] as const));
}

/** Every code point in either set. */
export function unionOf(a: CodePointSet, b: CodePointSet): CodePointSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return setOfRanges([...pairsOf(a), ...pairsOf(b)]);
}

/** Every code point not in the set. */
export function complementOf(set: CodePointSet): CodePointSet {
  const complement: number[] = [];
  let next = 0;
  for (let index = 0; index < set.length; index += 2) {
    if (set[index] > next) complement.push(next, set[index] - 1);
    next = set[index + 1] + 1;
  }
  if (next <= MAX_CODE_POINT) complement.push(next, MAX_CODE_POINT);
  return complement;
}

/** The code points in both sets. */
export function intersectionOf(a: CodePointSet, b: CodePointSet): CodePointSet {
  const result: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i], b[j]);
    const to = Math.min(a[i + 1], b[j + 1]);
    if (from <= to) result.push(from, to);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return result;
}

/** Whether the sets share a code point, without building their intersection. */
export function intersects(a: CodePointSet, b: CodePointSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.max(a[i], b[j]) <= Math.min(a[i + 1], b[j + 1])) return true;
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return false;
}

/**
 * The set with the case variants the `i` flag lets match: ASCII letters always, other letters of small ranges one
 * by one (toLowerCase/toUpperCase). Large non-ASCII ranges are left alone; the analyser only needs overlaps, and
 * comments are matched in lower case anyway.
 */
export function withCaseVariants(set: CodePointSet): CodePointSet {
  const extra: [number, number][] = [];
  for (let index = 0; index < set.length; index += 2) {
    const from = set[index];
    const to = set[index + 1];
    addShifted(extra, from, to, 0x41, 0x5a, 0x20);
    addShifted(extra, from, to, 0x61, 0x7a, -0x20);
    if (to < 0x80 || to - from >= MAX_CASE_FOLDED_RANGE) continue;
    for (let codePoint = Math.max(from, 0x80); codePoint <= to; codePoint++) {
      for (const variant of caseVariantsOf(codePoint)) extra.push([variant, variant]);
    }
  }
  return extra.length === 0 ? set : unionOf(set, setOfRanges(extra));
}

/** Adds the part of [from, to] inside [low, high], shifted by `shift`. */
function addShifted(
  extra: [number, number][],
  from: number,
  to: number,
  low: number,
  high: number,
  shift: number,
): void {
  const start = Math.max(from, low);
  const end = Math.min(to, high);
  if (start <= end) extra.push([start + shift, end + shift]);
}

function caseVariantsOf(codePoint: number): number[] {
  const character = String.fromCodePoint(codePoint);
  const variants: number[] = [];
  for (const variant of [character.toLowerCase(), character.toUpperCase()]) {
    const variantCodePoint = variant.codePointAt(0);
    if (variantCodePoint !== undefined && variant.length === String.fromCodePoint(variantCodePoint).length)
      variants.push(variantCodePoint);
  }
  return variants;
}

function pairsOf(set: CodePointSet): [number, number][] {
  const pairs: [number, number][] = [];
  for (let index = 0; index < set.length; index += 2) pairs.push([set[index], set[index + 1]]);
  return pairs;
}

/** `\d`. */
export const DIGITS: CodePointSet = [0x30, 0x39];
/**
 * `\w` under the `iu` flags, which is also what `\b` tells apart: ASCII letters, digits, underscore, and the two
 * characters whose case variants are ASCII letters (ſ U+017F, Kelvin sign U+212A).
 */
export const WORD_CHARACTERS: CodePointSet = setOfRanges([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0x17f, 0x17f],
  [0x212a, 0x212a],
]);
/** `\s`: the ECMAScript WhiteSpace and LineTerminator characters. */
export const WHITE_SPACE: CodePointSet = setOfRanges([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
