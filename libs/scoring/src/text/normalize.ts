import {
  COMBINING_DIAERESIS,
  isCombiningMark,
  isGermanLetter,
  isInvisibleCharacter,
  MAX_FOLD_EXPANSION,
  packedFold,
} from './char-folding';
import { ArraySlab } from '../array-slab';
import {
  isLetterCode,
  isLetterOrDigitCode,
  LATIN_CAPITAL,
  LATIN_LETTER,
  latinLetterClass,
} from './char-classes';

/**
 * A comment in the form the risk word lists are matched against, with a map back to the original text.
 * Each normalized UTF-16 unit i came from original[starts[i], ends[i]); a folded ä becomes "ae", both units pointing at the ä.
 */
export interface NormalizedText {
  readonly original: string;
  /** The original's code units, for the passes over every character of it. */
  readonly originalCodes: Uint16Array;
  /** Lower case, umlauts folded, invisible characters removed, homoglyphs and leetspeak undone, spaced letters joined, masks as "*". */
  readonly text: string;
  /** The code units of `text`, for the passes over every unit of it (reading them is cheaper than charCodeAt). */
  readonly codes: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 where a run of three or more repeated letters was shortened to two (Idiooooot → idioot). */
  readonly stretched: Uint8Array;
  /** How many ä, ö, ü, ß the original contains (a language cue gathered on the way). */
  readonly umlautCount: number;
  /** How many ! the original contains (VADER's punctuation emphasis, gathered on the way). */
  readonly exclamationCount: number;
  /** How many ? the original contains. */
  readonly questionCount: number;
  /** How many letters of the Latin alphabets up to Latin Extended-A the original contains (see latinLetterClass)… */
  readonly latinLetterCount: number;
  /** …and how many of them are capitals. */
  readonly latinCapitalCount: number;
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

/** Normalizes a comment for matching the risk word lists, keeping offsets into the original. */
export function normalizeText(original: string): NormalizedText {
  const length = original.length;
  const scratch = scratchFor(length * MAX_FOLD_EXPANSION);
  const input = readCodeUnits(original, scratch);
  const joinSeparators = SPACED_LETTERS_HINT.test(original)
    ? findSpacedLetterSeparators(input, length)
    : undefined;
  const foldedLength = foldCharacters(input, length, joinSeparators, scratch);
  const hasRepetitions = mapDisguises(scratch.codes, foldedLength);
  // Without stretched letters the folded arrays are the result; shortening them needs a copy.
  const size = hasRepetitions ? shortenRepetitions(scratch, foldedLength) : foldedLength;
  const foldedCodes = hasRepetitions ? scratch.outCodes : scratch.codes;
  // The five arrays share one reservation in a slab (see ArraySlab), zero-filled like a new buffer. The original's and
  // the normalized code units come first, padded to a multiple of four bytes for the Int32 arrays after them.
  const intsOffset = (length * 2 + size * 2 + 3) & ~3;
  const buffer = resultSlab.reserve(intsOffset + size * BYTES_PER_UNIT);
  const base = resultSlab.offset;
  const originalCodes = new Uint16Array(buffer, base, length);
  const codes = new Uint16Array(buffer, base + length * 2, size);
  const starts = new Int32Array(buffer, base + intsOffset, size);
  const ends = new Int32Array(buffer, base + intsOffset + size * 4, size);
  const stretched = new Uint8Array(buffer, base + intsOffset + size * 8, size);
  originalCodes.set(input.subarray(0, length));
  codes.set(foldedCodes.subarray(0, size));
  starts.set((hasRepetitions ? scratch.outStarts : scratch.starts).subarray(0, size));
  ends.set((hasRepetitions ? scratch.outEnds : scratch.ends).subarray(0, size));
  if (hasRepetitions) stretched.set(scratch.outStretched.subarray(0, size));
  return {
    original,
    originalCodes,
    text: decodeCodes(foldedCodes, hasRepetitions ? scratch.outCodesBytes : scratch.codesBytes, size),
    codes,
    starts,
    ends,
    stretched,
    umlautCount: scratch.umlautCount,
    exclamationCount: scratch.exclamationCount,
    questionCount: scratch.questionCount,
    latinLetterCount: scratch.latinLetterCount,
    latinCapitalCount: scratch.latinCapitalCount,
  };
}

/**
 * The original's code units in scratch.input, followed by a 0 (no letter, digit or separator), so the passes may look
 * one unit past the end as charCodeAt would (NaN). Under Node one native copy through Buffer; else charCodeAt.
 */
function readCodeUnits(original: string, scratch: Scratch): Uint16Array {
  const { input, inputBytes } = scratch;
  const length = original.length;
  if (inputBytes !== undefined) inputBytes.write(original, 0, length * 2, 'utf16le');
  else for (let index = 0; index < length; index++) input[index] = original.charCodeAt(index);
  input[length] = 0;
  return input;
}

/** Maps a span of normalized text back to the original: [start, end) in UTF-16 units, end exclusive. */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: normalized.starts[start], end: normalized.ends[end - 1] };
}

/** Bytes per normalized unit in the result buffer after the code units: start and end (Int32) and the stretched flag. */
const BYTES_PER_UNIT = 9;
/** Where the results' arrays live. */
const resultSlab = new ArraySlab();

/** Working arrays: folding writes codes/starts/ends, undoing disguises rewrites codes in place, shortening stretched letters fills the out* arrays. */
interface Scratch {
  readonly capacity: number;
  /** The original's code units (see readCodeUnits), and a Buffer over them when Node's Buffer can write them. */
  readonly input: Uint16Array;
  readonly inputBytes: Buffer | undefined;
  readonly codes: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly outCodes: Uint16Array;
  /** Buffers over codes and outCodes when Node's Buffer can decode them (one per array, not one per comment). */
  readonly codesBytes: Buffer | undefined;
  readonly outCodesBytes: Buffer | undefined;
  readonly outStarts: Int32Array;
  readonly outEnds: Int32Array;
  readonly outStretched: Uint8Array;
  umlautCount: number;
  exclamationCount: number;
  questionCount: number;
  latinLetterCount: number;
  latinCapitalCount: number;
}

/**
 * Scratch arrays (23 bytes per unit, two units per input character) are kept between calls up to this many units, a
 * comment of 4,096 characters (170 kB); longer comments get arrays of their own, so one huge comment does not pin its
 * memory for the life of the process.
 */
const MAX_KEPT_SCRATCH_UNITS = 1 << 13;
/** Whether Node's Buffer can turn code units into a string and back: it reads and writes UTF-16LE, so only on little-endian machines. */
const CAN_DECODE_WITH_BUFFER =
  typeof Buffer === 'function' && new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const INITIAL_SCRATCH_UNITS = 1 << 10;
let keptScratch = createScratch(INITIAL_SCRATCH_UNITS);

function scratchFor(units: number): Scratch {
  if (units <= keptScratch.capacity) return keptScratch;
  let capacity = keptScratch.capacity;
  while (capacity < units) capacity *= 2;
  const scratch = createScratch(capacity);
  if (capacity <= MAX_KEPT_SCRATCH_UNITS) keptScratch = scratch;
  return scratch;
}

function createScratch(capacity: number): Scratch {
  const input = new Uint16Array(capacity);
  const codes = new Uint16Array(capacity);
  const outCodes = new Uint16Array(capacity);
  return {
    capacity,
    input,
    inputBytes: bytesOf(input),
    codes,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    outCodes,
    codesBytes: bytesOf(codes),
    outCodesBytes: bytesOf(outCodes),
    outStarts: new Int32Array(capacity),
    outEnds: new Int32Array(capacity),
    outStretched: new Uint8Array(capacity),
    umlautCount: 0,
    exclamationCount: 0,
    questionCount: 0,
    latinLetterCount: 0,
    latinCapitalCount: 0,
  };
}

/** A Buffer over an array's bytes when Node's Buffer can read and write code units (CAN_DECODE_WITH_BUFFER). */
function bytesOf(array: Uint16Array): Buffer | undefined {
  return CAN_DECODE_WITH_BUFFER ? Buffer.from(array.buffer, array.byteOffset, array.byteLength) : undefined;
}

/** Separators between spaced letters: space, dot, hyphen, underscore, middle dot, asterisk. */
function isSpacedLetterSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2e || code === 0x2d || code === 0x5f || code === 0xb7 || code === 0x2a;
}

/**
 * Text with spaced letters matches this: MIN_SPACED_LETTERS characters that are neither white space nor a separator
 * (as every letter is), with one separator between each two. One native scan spares most comments the pass below.
 */
const SPACED_LETTERS_HINT = new RegExp(`[^\\s.\\-_·*](?:[ .\\-_·*][^\\s.\\-_·*]){${MIN_SPACED_LETTERS - 1}}`);

/** Marks the separators inside runs of spaced single letters; undefined when there are none (the common case). */
function findSpacedLetterSeparators(input: Uint16Array, length: number): Uint8Array | undefined {
  let separators: Uint8Array | undefined;
  let index = 0;
  while (index < length) {
    if (!isLetterOrDigitCode(input[index])) {
      index++;
      continue;
    }
    let wordEnd = index + 1;
    while (wordEnd < length && isLetterOrDigitCode(input[wordEnd])) wordEnd++;
    if (wordEnd - index > 1 || !isLetterCode(input[index])) {
      index = wordEnd;
      continue;
    }
    let count = 1;
    let last = index;
    while (
      last + 2 < length &&
      isSpacedLetterSeparator(input[last + 1]) &&
      isLetterCode(input[last + 2]) &&
      !isLetterOrDigitCode(input[last + 3])
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

/**
 * First pass: fold every character (case, umlauts, diacritics, homoglyphs), drop invisible ones and the separators of
 * spaced letters (ASCII ones only: a middle dot stays). Writes scratch.codes/starts/ends; returns their length.
 */
function foldCharacters(
  input: Uint16Array,
  length: number,
  joinSeparators: Uint8Array | undefined,
  scratch: Scratch,
): number {
  const { codes, starts, ends } = scratch;
  let size = 0;
  let umlautCount = 0;
  let exclamationCount = 0;
  let questionCount = 0;
  let latinLetterCount = 0;
  let latinCapitalCount = 0;
  for (let index = 0; index < length; index++) {
    let code = input[index];
    // Runs of ASCII, nearly all of a German comment, go through a loop of their own, which the engine compiles tighter
    // than one loop for every kind of character.
    while (code < 0x80) {
      const isCapital = code >= 0x41 && code <= 0x5a;
      if (isCapital) {
        latinLetterCount++;
        latinCapitalCount++;
      } else if (code >= 0x61 && code <= 0x7a) latinLetterCount++;
      else if (code === EXCLAMATION_MARK) exclamationCount++;
      else if (code === QUESTION_MARK) questionCount++;
      if (joinSeparators === undefined || joinSeparators[index] !== 1) {
        codes[size] = isCapital ? code + 0x20 : code;
        starts[size] = index;
        ends[size++] = index + 1;
      }
      if (++index === length) break;
      code = input[index];
    }
    if (index === length) break;
    if (code < LATIN_EXTENDED_A_END) {
      const latinClass = latinLetterClass(code);
      latinLetterCount += latinClass & LATIN_LETTER;
      latinCapitalCount += (latinClass & LATIN_CAPITAL) >> 1;
    }
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
      // The unit after a high surrogate goes with it, whatever it is (a lone surrogate may precede a ! or ?).
      const next = input[index + 1];
      if (next === EXCLAMATION_MARK) exclamationCount++;
      else if (next === QUESTION_MARK) questionCount++;
      const nextClass = latinLetterClass(next);
      latinLetterCount += nextClass & LATIN_LETTER;
      latinCapitalCount += (nextClass & LATIN_CAPITAL) >> 1;
      codes[size] = code;
      starts[size] = index;
      ends[size++] = index + 2;
      codes[size] = next;
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
    const folded = packedFold(code);
    codes[size] = folded & 0xffff;
    starts[size] = index;
    ends[size++] = index + 1;
    if (folded > 0xffff) {
      codes[size] = folded >>> 16;
      starts[size] = index;
      ends[size++] = index + 1;
    }
  }
  scratch.umlautCount = umlautCount;
  scratch.exclamationCount = exclamationCount;
  scratch.questionCount = questionCount;
  scratch.latinLetterCount = latinLetterCount;
  scratch.latinCapitalCount = latinCapitalCount;
  return size;
}

/** Character classes of the folded ASCII codes the second pass tells apart (all run characters are ASCII). */
const LETTER_CLASS = 1;
const DIGIT_CLASS = 2;
/** Leet symbols and mask characters: ! $ # * @ _. */
const SYMBOL_CLASS = 4;
const ASCII_CLASSES = buildAsciiClasses();

function buildAsciiClasses(): Uint8Array {
  const classes = new Uint8Array(0x80);
  for (let code = 0x61; code <= 0x7a; code++) classes[code] = LETTER_CLASS;
  for (let code = 0x30; code <= 0x39; code++) classes[code] = DIGIT_CLASS;
  for (const symbol of '!$#*@_') classes[symbol.charCodeAt(0)] = SYMBOL_CLASS;
  return classes;
}

function isLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether a folded code is a letter, digit, leet symbol or mask character. */
function isRunCode(code: number): boolean {
  return code < 0x80 && ASCII_CLASSES[code] !== 0;
}

/**
 * Second pass, in place: within each run of letters, digits and symbols, undo leetspeak and mark masks (codes change,
 * lengths do not). Returns whether a letter now repeats MIN_STRETCH_RUN or more times in a row, which only letters in
 * one run can.
 */
function mapDisguises(codes: Uint16Array, length: number): boolean {
  let hasRepetitions = false;
  let index = 0;
  while (index < length) {
    if (!isRunCode(codes[index])) {
      index++;
      continue;
    }
    let runEnd = index;
    let isPlain = true;
    let isStretched = false;
    // How often the current code has come in a row within the run, so each code is read once.
    let previous = -1;
    let repeats = 0;
    while (runEnd < length) {
      const code = codes[runEnd];
      if (!isRunCode(code)) break;
      repeats = code === previous ? repeats + 1 : 1;
      previous = code;
      if (!isLetter(code)) isPlain = false;
      else if (repeats >= MIN_STRETCH_RUN) isStretched = true;
      runEnd++;
    }
    if (!isPlain) {
      mapRun(codes, index, runEnd);
      isStretched = hasStretchedLetter(codes, index, runEnd);
    }
    if (isStretched) hasRepetitions = true;
    index = runEnd;
  }
  return hasRepetitions;
}

/** Whether a letter repeats MIN_STRETCH_RUN times in a row in codes[start, end). */
function hasStretchedLetter(codes: Uint16Array, start: number, end: number): boolean {
  for (let position = start + MIN_STRETCH_RUN - 1; position < end; position++) {
    const code = codes[position];
    if (code === codes[position - 1] && code === codes[position - 2] && isLetter(code)) return true;
  }
  return false;
}

/** Third pass, only for stretched letters: each run of MIN_STRETCH_RUN or more of one letter becomes two, marked stretched. */
function shortenRepetitions(scratch: Scratch, length: number): number {
  const { codes, starts, ends, outCodes, outStarts, outEnds, outStretched } = scratch;
  let size = 0;
  let index = 0;
  while (index < length) {
    const code = codes[index];
    let repeat = index + 1;
    if (isLetter(code)) while (repeat < length && codes[repeat] === code) repeat++;
    if (repeat - index >= MIN_STRETCH_RUN) {
      const last = repeat - 1;
      outCodes[size] = code;
      outStarts[size] = starts[index];
      outEnds[size] = ends[index];
      outStretched[size++] = 1;
      outCodes[size] = code;
      outStarts[size] = starts[last];
      outEnds[size] = ends[last];
      outStretched[size++] = 1;
    } else {
      for (let from = index; from < repeat; from++) {
        outCodes[size] = codes[from];
        outStarts[size] = starts[from];
        outEnds[size] = ends[from];
        outStretched[size++] = 0;
      }
    }
    index = repeat;
  }
  return size;
}

/** Maps one run's characters, codes[start, end), in place: leet digits and symbols to letters, masks to "*", other symbols to spaces. */
function mapRun(codes: Uint16Array, start: number, end: number): void {
  let letterCount = 0;
  for (let position = start; position < end; position++) if (isLetter(codes[position])) letterCount++;
  let position = start;
  while (position < end) {
    const code = codes[position];
    if (isLetter(code)) {
      position++;
      continue;
    }
    let groupEnd = position + 1;
    const isDigitGroup = isDigit(code);
    while (groupEnd < end && !isLetter(codes[groupEnd]) && isDigit(codes[groupEnd]) === isDigitGroup)
      groupEnd++;
    const letterBefore = position > start && isLetter(codes[position - 1]);
    const letterAfter = groupEnd < end && isLetter(codes[groupEnd]);
    const lettersBefore = position - start;
    if (
      (code === ASTERISK || code === UNDERSCORE) &&
      groupEnd - position === 1 &&
      lettersBefore >= MIN_LETTERS_BEFORE_GENDER_MARK &&
      isGenderEnding(codes, groupEnd, end)
    ) {
      codes[position] = SPACE;
      position = groupEnd;
      continue;
    }
    const groupLength = groupEnd - position;
    if (isDigitGroup) {
      const isLeetGroup =
        groupLength <= MAX_LEET_DIGIT_RUN &&
        letterCount >= MIN_LETTERS_FOR_LEET &&
        (letterBefore || letterAfter);
      if (isLeetGroup)
        for (let offset = position; offset < groupEnd; offset++) {
          const letter = LEET_DIGIT_CODES[codes[offset] - 0x30];
          if (letter !== 0) codes[offset] = letter;
        }
    } else {
      const isBetweenLetters = letterBefore && letterAfter;
      const isTrailingMask =
        letterBefore && groupEnd === end && lettersBefore <= MAX_LETTERS_BEFORE_TRAILING_MASK;
      for (let offset = position; offset < groupEnd; offset++)
        codes[offset] = mapSymbol(codes[offset], isBetweenLetters, isTrailingMask);
    }
    position = groupEnd;
  }
}

/** Gender notation (Bürger*innen, Lehrer_in) is no mask: a single * or _ before "in"/"innen" at the end of the word, after a word stem of at least this many letters. */
const MIN_LETTERS_BEFORE_GENDER_MARK = 3;

/** Whether codes[from, end) is "in" or "innen". */
function isGenderEnding(codes: Uint16Array, from: number, end: number): boolean {
  const rest = end - from;
  if (rest !== 2 && rest !== 5) return false;
  if (codes[from] !== 0x69 || codes[from + 1] !== 0x6e) return false;
  return rest === 2 || (codes[from + 2] === 0x6e && codes[from + 3] === 0x65 && codes[from + 4] === 0x6e);
}

/** The first code unit after Latin Extended-A: latinLetterClass is 0 from here on. */
const LATIN_EXTENDED_A_END = 0x180;
const SPACE = 0x20;
const EXCLAMATION_MARK = 0x21;
const QUESTION_MARK = 0x3f;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;

/** LEET_DIGITS by digit (0-9) as letter codes, 0 for digits that stay. */
const LEET_DIGIT_CODES = Uint16Array.from({ length: 10 }, (_, digit) =>
  (LEET_DIGITS[String(digit)] ?? '\0').charCodeAt(0),
);

/** LEET_SYMBOLS by code: symbol code → letter code. */
const LEET_SYMBOL_CODES: ReadonlyMap<number, number> = new Map(
  Object.entries(LEET_SYMBOLS).map(([symbol, letter]) => [symbol.charCodeAt(0), letter.charCodeAt(0)]),
);

/** A symbol of a symbol group: a leet symbol becomes its letter between letters (else stays), a mask "*", anything else a space. */
function mapSymbol(code: number, isBetweenLetters: boolean, isTrailingMask: boolean): number {
  const leet = LEET_SYMBOL_CODES.get(code);
  if (leet !== undefined) return isBetweenLetters ? leet : code;
  const isMask = code === ASTERISK ? isBetweenLetters || isTrailingMask : isBetweenLetters;
  return isMask ? ASTERISK : SPACE;
}

/** Chunk size for String.fromCharCode.apply, well below engines' argument limits. */
const DECODE_CHUNK = 8192;

/** The first `size` code units as a string: one native call through `bytes` (Buffer) under Node, else String.fromCharCode in chunks. */
function decodeCodes(codes: Uint16Array, bytes: Buffer | undefined, size: number): string {
  if (size === 0) return '';
  if (bytes !== undefined) return bytes.toString('utf16le', 0, size * 2);
  let text = '';
  for (let offset = 0; offset < size; offset += DECODE_CHUNK) {
    text += String.fromCharCode.apply(
      null,
      codes.subarray(offset, Math.min(size, offset + DECODE_CHUNK)) as unknown as number[],
    );
  }
  return text;
}
