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
