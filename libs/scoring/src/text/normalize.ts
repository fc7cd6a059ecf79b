import {
  COMBINING_DIAERESIS,
  foldCharacter,
  isCombiningMark,
  isGermanLetter,
  isInvisibleCharacter,
} from './char-folding';
import { isLetterCode, isLetterOrDigitCode } from './char-classes';

/**
 * A comment in the form the risk word lists are matched against, with a map back to the original text.
 * Each normalized UTF-16 unit i came from original[starts[i], ends[i]); a folded ä becomes "ae", both units pointing at the ä.
 */
export interface NormalizedText {
  readonly original: string;
  /** Lower case, umlauts folded, invisible characters removed, homoglyphs and leetspeak undone, spaced letters joined, masks as "*". */
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 where a run of three or more repeated letters was shortened to two (Idiooooot → idioot). */
  readonly stretched: Uint8Array;
  /** How many ä, ö, ü, ß the original contains (a language cue gathered on the way). */
  readonly umlautCount: number;
}

/** Leetspeak digits and their letters (Id10t, 5chwein, H4rtz). */
const LEET_DIGITS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
};
/** Leetspeak symbols and their letters (B@stard, A$$loch, Id!ot); only between letters, so "@name" and "Hallo!" stay. */
const LEET_SYMBOLS: Readonly<Record<string, string>> = { '@': 'a', $: 's', '!': 'i' };
/** A digit run longer than this is a number, not leetspeak (1970ern stays). */
const MAX_LEET_DIGIT_RUN = 2;
/** A word needs this many real letters before its digits are read as letters (G20 and A4 stay). */
const MIN_LETTERS_FOR_LEET = 2;
/** A mask at the end of a word counts only after this many letters at most (F***, Sch***); longer words with a trailing * are emphasis. */
const MAX_LETTERS_BEFORE_TRAILING_MASK = 3;
/** Letter repetitions from this length on are shortened (Idiooot); German itself has at most three (Schifffahrt), which also shortens harmlessly. */
const MIN_STRETCH_RUN = 3;
/** Four or more single letters separated by one space, dot, hyphen, underscore, middle dot or asterisk are one word (I d i o t, I.d.i.o.t). */
const MIN_SPACED_LETTERS = 4;
const SPACED_LETTER_SEPARATORS = ' .-_·*';

/** Normalizes a comment for matching the risk word lists, keeping offsets into the original. */
export function normalizeText(original: string): NormalizedText {
  const joinSeparators = findSpacedLetterSeparators(original);
  const folded = foldCharacters(original, joinSeparators);
  return undoDisguises(original, folded);
}

/** Maps a span of normalized text back to the original: [start, end) in UTF-16 units, end exclusive. */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: normalized.starts[start], end: normalized.ends[end - 1] };
}

/** Marks the separators inside runs of spaced single letters; undefined when there are none (the common case). */
function findSpacedLetterSeparators(original: string): Uint8Array | undefined {
  let separators: Uint8Array | undefined;
  const length = original.length;
  let index = 0;
  while (index < length) {
    if (!isLetterOrDigitCode(original.charCodeAt(index))) {
      index++;
      continue;
    }
    let wordEnd = index + 1;
    while (wordEnd < length && isLetterOrDigitCode(original.charCodeAt(wordEnd))) wordEnd++;
    if (wordEnd - index > 1 || !isLetterCode(original.charCodeAt(index))) {
      index = wordEnd;
      continue;
    }
    let count = 1;
    let last = index;
    while (
      last + 2 < length &&
      SPACED_LETTER_SEPARATORS.includes(original[last + 1]) &&
      isLetterCode(original.charCodeAt(last + 2)) &&
      !isLetterOrDigitCode(original.charCodeAt(last + 3))
    ) {
      last += 2;
      count++;
    }
    if (count >= MIN_SPACED_LETTERS) {
      separators ??= new Uint8Array(length);
      for (let separator = index + 1; separator < last; separator += 2) separators[separator] = 1;
    }
    index = last + 1;
  }
  return separators;
}

interface FoldedCharacters {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
  umlautCount: number;
}

/** A folded character is at most this many code units (ä → ae, þ → th). */
const MAX_FOLD_EXPANSION = 2;

/** First pass: fold every character (case, umlauts, diacritics, homoglyphs), drop invisible ones and the separators of spaced letters. */
function foldCharacters(original: string, joinSeparators: Uint8Array | undefined): FoldedCharacters {
  const capacity = original.length * MAX_FOLD_EXPANSION;
  const codes = new Uint16Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let size = 0;
  let umlautCount = 0;
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (code < 0x80) {
      if (joinSeparators !== undefined && joinSeparators[index] === 1) continue;
      codes[size] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      starts[size] = index;
      ends[size++] = index + 1;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < original.length) {
      codes[size] = code;
      starts[size] = index;
      ends[size++] = index + 2;
      codes[size] = original.charCodeAt(index + 1);
      starts[size] = index;
      ends[size++] = index + 2;
      index++;
      continue;
    }
    if (isInvisibleCharacter(code)) continue;
    if (isCombiningMark(code)) {
      const previous = size > 0 ? codes[size - 1] : 0;
      if (code === COMBINING_DIAERESIS && (previous === 0x61 || previous === 0x6f || previous === 0x75)) {
        ends[size - 1] = index + 1;
        codes[size] = 0x65;
        starts[size] = starts[size - 1];
        ends[size++] = index + 1;
        umlautCount++;
      }
      continue;
    }
    if (isGermanLetter(code)) umlautCount++;
    const replacement = foldCharacter(code);
    for (let offset = 0; offset < replacement.length; offset++) {
      codes[size] = replacement.charCodeAt(offset);
      starts[size] = index;
      ends[size++] = index + 1;
    }
  }
  return { codes, starts, ends, length: size, umlautCount };
}

function isLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Leet symbols and mask characters by code: ! $ # * @ _. */
function isSymbolCode(code: number): boolean {
  return code === 0x21 || code === 0x24 || code === 0x23 || code === 0x2a || code === 0x40 || code === 0x5f;
}

function isRunCode(code: number): boolean {
  return isLetter(code) || isDigit(code) || isSymbolCode(code);
}

/** Second pass: within each run of letters, digits and symbols, undo leetspeak, mark masks, shorten letter repetitions. */
function undoDisguises(original: string, folded: FoldedCharacters): NormalizedText {
  const { codes, starts, ends, length } = folded;
  const outCodes = new Uint16Array(length);
  const outStarts = new Int32Array(length);
  const outEnds = new Int32Array(length);
  const stretched = new Uint8Array(length);
  let size = 0;

  let index = 0;
  while (index < length) {
    const code = codes[index];
    if (!isRunCode(code)) {
      outCodes[size] = code;
      outStarts[size] = starts[index];
      outEnds[size++] = ends[index];
      index++;
      continue;
    }
    let runEnd = index;
    let isPlain = true;
    while (runEnd < length && isRunCode(codes[runEnd])) {
      if (!isLetter(codes[runEnd])) isPlain = false;
      runEnd++;
    }
    const mapped = isPlain ? codes.subarray(index, runEnd) : mapRun(codes, index, runEnd);
    let position = 0;
    while (position < mapped.length) {
      const letter = mapped[position];
      let repeat = position + 1;
      if (isLetter(letter)) while (repeat < mapped.length && mapped[repeat] === letter) repeat++;
      if (repeat - position >= MIN_STRETCH_RUN) {
        for (const from of [index + position, index + repeat - 1]) {
          outCodes[size] = letter;
          outStarts[size] = starts[from];
          outEnds[size] = ends[from];
          stretched[size++] = 1;
        }
      } else {
        for (let offset = position; offset < repeat; offset++) {
          outCodes[size] = mapped[offset];
          outStarts[size] = starts[index + offset];
          outEnds[size++] = ends[index + offset];
        }
      }
      position = repeat;
    }
    index = runEnd;
  }
  return {
    original,
    text: decodeCodes(outCodes, size),
    starts: size === length ? outStarts : outStarts.slice(0, size),
    ends: size === length ? outEnds : outEnds.slice(0, size),
    stretched: size === length ? stretched : stretched.slice(0, size),
    umlautCount: folded.umlautCount,
  };
}

/** Maps one run's characters: leet digits and symbols to letters, masks to "*", other symbols to spaces. */
function mapRun(codes: Uint16Array, start: number, end: number): Uint16Array {
  const mapped = codes.slice(start, end);
  let letterCount = 0;
  for (const code of mapped) if (isLetter(code)) letterCount++;
  let position = 0;
  while (position < mapped.length) {
    const code = mapped[position];
    if (isLetter(code)) {
      position++;
      continue;
    }
    let groupEnd = position + 1;
    const isDigitGroup = isDigit(code);
    while (
      groupEnd < mapped.length &&
      !isLetter(mapped[groupEnd]) &&
      isDigit(mapped[groupEnd]) === isDigitGroup
    )
      groupEnd++;
    const letterBefore = position > 0 && isLetter(mapped[position - 1]);
    const letterAfter = groupEnd < mapped.length && isLetter(mapped[groupEnd]);
    if (
      (code === ASTERISK || code === UNDERSCORE) &&
      groupEnd - position === 1 &&
      position >= MIN_LETTERS_BEFORE_GENDER_MARK &&
      isGenderEnding(mapped, groupEnd)
    ) {
      mapped[position] = SPACE;
      position = groupEnd;
      continue;
    }
    for (let offset = position; offset < groupEnd; offset++) {
      mapped[offset] = mapGroupCharacter(mapped[offset], {
        isDigitGroup,
        groupLength: groupEnd - position,
        letterCount,
        letterBefore,
        letterAfter,
        lettersBefore: position,
        isAtRunEnd: groupEnd === mapped.length,
      });
    }
    position = groupEnd;
  }
  return mapped;
}

/** Gender notation (Bürger*innen, Lehrer_in) is no mask: a single * or _ before "in"/"innen" at the end of the word, after a word stem of at least this many letters. */
const MIN_LETTERS_BEFORE_GENDER_MARK = 3;
const GENDER_ENDINGS = ['in', 'innen'];

function isGenderEnding(mapped: Uint16Array, from: number): boolean {
  const length = mapped.length - from;
  return GENDER_ENDINGS.some(
    (ending) =>
      ending.length === length &&
      [...ending].every((char, offset) => mapped[from + offset] === char.charCodeAt(0)),
  );
}

interface GroupContext {
  isDigitGroup: boolean;
  groupLength: number;
  letterCount: number;
  letterBefore: boolean;
  letterAfter: boolean;
  lettersBefore: number;
  isAtRunEnd: boolean;
}

const SPACE = 0x20;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;

function mapGroupCharacter(code: number, context: GroupContext): number {
  const char = String.fromCharCode(code);
  if (context.isDigitGroup) {
    const letter = LEET_DIGITS[char];
    const isLeet =
      letter !== undefined &&
      context.groupLength <= MAX_LEET_DIGIT_RUN &&
      context.letterCount >= MIN_LETTERS_FOR_LEET &&
      (context.letterBefore || context.letterAfter);
    return isLeet ? letter.charCodeAt(0) : code;
  }
  const isBetweenLetters = context.letterBefore && context.letterAfter;
  const leet = LEET_SYMBOLS[char];
  if (leet !== undefined) return isBetweenLetters ? leet.charCodeAt(0) : code;
  const isTrailingMask =
    context.letterBefore && context.isAtRunEnd && context.lettersBefore <= MAX_LETTERS_BEFORE_TRAILING_MASK;
  const isMask = char === '*' ? isBetweenLetters || isTrailingMask : isBetweenLetters;
  return isMask ? ASTERISK : SPACE;
}

/** Chunk size for String.fromCharCode.apply, well below engines' argument limits. */
const DECODE_CHUNK = 8192;

function decodeCodes(codes: Uint16Array, size: number): string {
  if (size <= DECODE_CHUNK)
    return String.fromCharCode.apply(null, codes.subarray(0, size) as unknown as number[]);
  let text = '';
  for (let offset = 0; offset < size; offset += DECODE_CHUNK) {
    text += String.fromCharCode.apply(
      null,
      codes.subarray(offset, Math.min(size, offset + DECODE_CHUNK)) as unknown as number[],
    );
  }
  return text;
}
