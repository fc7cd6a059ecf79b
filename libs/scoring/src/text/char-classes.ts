/** Per-code cache of "is a letter or digit" beyond ASCII: 0 unknown, 1 yes, 2 no. Filled on first use of each code. */
const LETTER_OR_DIGIT_CACHE = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_CACHE = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;

/** ASCII letters (1) and digits (2) by code. */
const ASCII_LETTER = 1;
const ASCII_DIGIT = 2;
const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
    ? ASCII_LETTER
    : code >= 0x30 && code <= 0x39
      ? ASCII_DIGIT
      : 0,
);

/** Whether a UTF-16 code unit is a letter or digit (surrogates are not). */
export function isLetterOrDigitCode(code: number): boolean {
  if (code < 0x80) return ASCII_CLASSES[code] !== 0;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let cached = LETTER_OR_DIGIT_CACHE[code];
  if (cached === 0) {
    cached = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_OR_DIGIT_CACHE[code] = cached;
  }
  return cached === 1;
}

/** Whether a UTF-16 code unit is a letter (surrogates are not). */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return ASCII_CLASSES[code] === ASCII_LETTER;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let cached = LETTER_CACHE[code];
  if (cached === 0) {
    cached = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CACHE[code] = cached;
  }
  return cached === 1;
}

/** Bits of latinLetterClass: a letter of the Latin alphabets up to Latin Extended-A, and a capital one. */
export const LATIN_LETTER = 1;
export const LATIN_CAPITAL = 2;
/**
 * LATIN_LETTER and LATIN_CAPITAL of the code units below U+0180: ASCII letters, Latin-1 letters (without × and ÷) and
 * Latin Extended-A. Latin-1 capitals are À…Þ; in Extended-A capitals take the even code points (Ā ā Ă ă …), close
 * enough for a share of capitals.
 */
const LATIN_LETTER_CLASSES = Uint8Array.from({ length: 0x180 }, (_, code) => {
  const isAsciiCapital = code >= 0x41 && code <= 0x5a;
  const isAsciiSmall = code >= 0x61 && code <= 0x7a;
  const isLatin = code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  const isLatinCapital = isLatin && (code <= 0xde || (code >= 0x100 && code % 2 === 0));
  return (
    (isAsciiCapital || isAsciiSmall || isLatin ? LATIN_LETTER : 0) |
    (isAsciiCapital || isLatinCapital ? LATIN_CAPITAL : 0)
  );
});

/** The LATIN_LETTER and LATIN_CAPITAL bits of a UTF-16 code unit (0 from U+0180 on). */
export function latinLetterClass(code: number): number {
  return code < LATIN_LETTER_CLASSES.length ? LATIN_LETTER_CLASSES[code] : 0;
}
