import { isLetterCode } from './char-classes';
import type { NormalizedText } from './normalize';

/** A word of the normalized text: letters, digits and mask asterisks. Offsets are into the normalized text. */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the word is in; ., !, ? followed by a space or the end, and line breaks, end sentences. */
  readonly sentence: number;
  /** Whether the word contains masked letters (a****loch). */
  readonly isMasked: boolean;
  /** Whether a run of repeated letters was shortened in it (idiooot → idioot). */
  readonly isStretched: boolean;
  /** FNV-1a (32-bit, as an int32) of the word's code units, computed on the way, for lookups keyed by word. */
  readonly hash: number;
}

const ASTERISK = 0x2a;
/** FNV-1a's published 32-bit offset basis and prime. */
const FNV_OFFSET_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Which ASCII codes are word characters of the normalized text: a-z, 0-9 and the mask asterisk. */
const ASCII_WORD_CODES = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === ASTERISK ? 1 : 0,
);

/** Whether a normalized code unit belongs to a word: a-z, 0-9, *, or a letter from U+00C0 on (not a surrogate). */
function isWordCode(code: number): boolean {
  if (code < 0x80) return ASCII_WORD_CODES[code] === 1;
  return code >= 0xc0 && isLetterCode(code);
}

/** Splits normalized text into words in one pass, numbering sentences on the way. */
export function tokenizeWords(normalized: NormalizedText): WordToken[] {
  const { text, codes, stretched } = normalized;
  const length = codes.length;
  // Most comments have no stretched letters, and then their words need no look at the flags.
  const hasStretched = stretched.indexOf(1) >= 0;
  const tokens: WordToken[] = [];
  let sentence = 0;
  let index = 0;
  while (index < length) {
    const code = codes[index];
    if (!isWordCode(code)) {
      if (code === 0x21 || code === 0x3f || code === 0x0a) sentence++;
      else if (code === 0x2e && isSentenceDot(codes, index, tokens)) sentence++;
      index++;
      continue;
    }
    const start = index;
    let isMasked = false;
    let isStretched = false;
    let hash = FNV_OFFSET_BASIS;
    let wordCode = code;
    do {
      if (wordCode === ASTERISK) isMasked = true;
      if (hasStretched && stretched[index] === 1) isStretched = true;
      hash = Math.imul(hash ^ wordCode, FNV_PRIME);
      index++;
      if (index === length) break;
      wordCode = codes[index];
    } while (isWordCode(wordCode));
    tokens.push({ text: text.slice(start, index), start, end: index, sentence, isMasked, isStretched, hash });
  }
  return tokens;
}

/** The hash tokenizeWords gives a word of code units codes[start, end) (WordToken.hash). */
export function wordHashOf(codes: ArrayLike<number>, start: number, end: number): number {
  let hash = FNV_OFFSET_BASIS;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ codes[index], FNV_PRIME);
  return hash;
}

/** Abbreviations whose dot does not end a sentence (folded, without the dot). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr',
  'nr',
  'ca',
  'bzw',
  'usw',
  'evtl',
  'ggf',
  'inkl',
  'vgl',
  'str',
  'tel',
  'mio',
  'mrd',
  'bspw',
  'etc',
  'prof',
  'hr',
  'fr',
  'st',
  'vs',
]);

/** A dot ends a sentence when white space or the end follows and it does not close an abbreviation (z.B., Dr., usw.). */
function isSentenceDot(codes: Uint16Array, index: number, tokens: readonly WordToken[]): boolean {
  if (index + 1 < codes.length) {
    const next = codes[index + 1];
    if (next !== 0x20 && next !== 0x0a && next !== 0x09) return false;
  }
  const previous = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
  if (previous === undefined || previous.end !== index) return true;
  return previous.text.length > 1 && !ABBREVIATIONS.has(previous.text);
}
