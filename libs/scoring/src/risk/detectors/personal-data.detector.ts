import type { RiskDetector, RiskFinding } from '../risk-types';
import { matchesOf } from './regex-matches';

/** E-mail addresses; the look-behind makes a match start at a word boundary, keeping the scan linear. */
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])/gi;
/** Spelled-out addresses: name (at) domain (dot) de, name[ät]domain.de. */
const OBFUSCATED_EMAIL =
  /(?<![\w.%+-])[\w.%+-]+ ?[[(] ?(?:at|ät|@) ?[\])] ?[a-z0-9-]+(?: ?(?:\.|[[(] ?(?:dot|punkt) ?[\])]) ?[a-z0-9-]+)+/gi;
/**
 * Phone numbers: international (+49 / 0049, optional (0)) or national with a leading 0, area code in optional brackets,
 * then digit groups separated by single spaces, slashes or hyphens. Separators between groups are required, so the
 * digit groups cannot be split in more than one way.
 */
const PHONE =
  /(?<![\w+])(?:(?:\+|00)[1-9]\d{0,2}[ /-]?(?:\(0\)[ /-]?)?\(?\d{1,5}\)?|\(?0\d{2,5}\)?)[ /-]?\d{2,}(?:[ /-]\d{2,}){0,4}(?![\w])/g;
/** Digits a phone number has at least (0 30 1234567 → 10; nine allows short local numbers) and at most (E.164: 15). */
const MIN_PHONE_DIGITS = 9;
const MAX_PHONE_DIGITS = 15;
/** IBAN shape: country, check digits, 11 to 30 more letters or digits in groups of four (spaces allowed). */
const IBAN = /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?\b/gi;
/** IBAN lengths of the countries our readers bank in; others are checked against the general 15..34. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  DE: 22,
  AT: 20,
  CH: 21,
  LI: 21,
  LU: 20,
  NL: 18,
  BE: 16,
  FR: 27,
  IT: 27,
  ES: 24,
  PL: 28,
};
/**
 * Street, number, optional postcode and town, in one word: Hauptstraße 5, Karl-Marx-Str. 12a, 10115 Berlin. At most
 * ten hyphenated parts before the street word (the longest German street names have five): unbounded, a match could
 * start at every part of a long hyphen chain and scan it to its end, quadratic time (0.3 s for "a-a-…-a weg 1" of
 * 16,000 characters, twenty minutes for a 1 MB comment).
 */
const STREET_ADDRESS =
  /(?<![\p{L}\p{N}])\p{L}+(?:-\p{L}+){0,10}-?(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad) ?\d{1,4} ?[a-z]?(?:, ?\d{5} \p{L}+)?(?![\p{L}\p{N}])/giu;
/** The same in two capitalised words (Berliner Straße 7, Alter Markt 3); case-sensitive, so "weg 80" (away) is no street. */
const TWO_WORD_STREET_ADDRESS =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ (?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt) ?\d{1,4} ?[a-z]?(?:, ?\d{5} \p{L}+)?(?![\p{L}\p{N}])/gu;

/**
 * Cheap tests that must pass before the full patterns run: a character before @; the spelled-out @ between brackets;
 * two letters then two digits; + or 0 before a digit; a street word before a number (see hasStreetWordBeforeDigit).
 */
const EMAIL_HINT = /[\w.%+-]@/;
const OBFUSCATED_EMAIL_HINT = /[[(] ?(?:at|ät|@) ?[\])]/i;
const IBAN_HINT = /[a-z]{2}\d\d/i;
const PHONE_HINT = /(?:\+|\b0)\d/;
/** The street words of both address patterns, lower case, as the hint compares them (any case for a-z, ß as is). */
const STREET_HINT_WORDS = [
  'straße',
  'strasse',
  'str.',
  'weg',
  'platz',
  'allee',
  'gasse',
  'ring',
  'damm',
  'ufer',
  'chaussee',
  'steig',
  'pfad',
  'markt',
];

/** Team choices: how sure a match is personal data (an IBAN that passes mod 97 is near-certain, a digit string less so). */
const EMAIL_SCORE = 0.8;
const OBFUSCATED_EMAIL_SCORE = 0.7;
const PHONE_SCORE = 0.7;
const IBAN_SCORE = 0.9;
const ADDRESS_SCORE = 0.7;

/** Personal data: e-mail addresses (also spelled out), phone numbers, IBANs with a valid checksum, street addresses. */
export const personalDataDetector: RiskDetector = {
  id: 'personalData',
  category: 'personalData',
  evaluate(input): RiskFinding[] {
    const text = input.original;
    const findings: RiskFinding[] = [];
    if (text.includes('@') && EMAIL_HINT.test(text))
      addMatches(text, EMAIL, 'personalData.email', EMAIL_SCORE, findings);
    if ((text.includes('(') || text.includes('[')) && OBFUSCATED_EMAIL_HINT.test(text))
      addMatches(text, OBFUSCATED_EMAIL, 'personalData.email', OBFUSCATED_EMAIL_SCORE, findings);
    const codes = input.normalized.originalCodes;
    const firstDigit = firstDigitIndex(codes);
    if (firstDigit < 0) return findings;
    const ibans: RiskFinding[] = [];
    if (IBAN_HINT.test(text)) addMatches(text, IBAN, 'personalData.iban', IBAN_SCORE, ibans);
    const validIbans = ibans.filter((iban) => isValidIban(text.slice(iban.start, iban.end)));
    for (const iban of validIbans) findings.push(iban);
    if (PHONE_HINT.test(text)) {
      const phones: RiskFinding[] = [];
      addMatches(text, PHONE, 'personalData.phone', PHONE_SCORE, phones);
      for (const phone of phones) {
        const digits = digitCount(codes, phone.start, phone.end);
        if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) continue;
        if (validIbans.some((iban) => phone.start < iban.end && phone.end > iban.start)) continue;
        findings.push(phone);
      }
    }
    if (hasStreetWordBeforeDigit(codes, firstDigit)) {
      addMatches(text, STREET_ADDRESS, 'personalData.address', ADDRESS_SCORE, findings);
      addMatches(text, TWO_WORD_STREET_ADDRESS, 'personalData.address', ADDRESS_SCORE, findings);
    }
    return findings;
  },
};

function addMatches(
  text: string,
  pattern: RegExp,
  rule: string,
  score: number,
  findings: RiskFinding[],
): void {
  for (const match of matchesOf(pattern, text)) {
    findings.push({
      category: 'personalData',
      rule,
      score,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Index of the first ASCII digit (\d without the u flag), or -1. */
function firstDigitIndex(codes: Uint16Array): number {
  for (let index = 0; index < codes.length; index++) if (isAsciiDigit(codes[index])) return index;
  return -1;
}

function digitCount(codes: Uint16Array, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) if (isAsciiDigit(codes[index])) count++;
  return count;
}

/**
 * Whether a street word stands right before a digit, with at most one space between: the test
 * /(?:straße|strasse|str\.|weg|…|markt) ?\d/i, done by looking back from each digit instead of trying every word at
 * every position. Case-insensitive as /i without u: a-z in either case, other characters (ß, .) exactly.
 */
function hasStreetWordBeforeDigit(codes: Uint16Array, firstDigit: number): boolean {
  for (let index = firstDigit; index < codes.length; index++) {
    if (!isAsciiDigit(codes[index])) continue;
    if (endsWithStreetWord(codes, index)) return true;
    if (index > 0 && codes[index - 1] === 0x20 && endsWithStreetWord(codes, index - 1)) return true;
  }
  return false;
}

/** The last characters of the street words, in both cases where letters: most digits follow none of them. */
const STREET_WORD_LAST_CODES: ReadonlySet<number> = new Set(
  STREET_HINT_WORDS.flatMap((word) => {
    const last = word[word.length - 1];
    return [last.charCodeAt(0), last.toUpperCase().charCodeAt(0)];
  }),
);
/** STREET_WORD_LAST_CODES for the ASCII codes, as a table (most characters before a digit are ASCII). */
const IS_ASCII_STREET_WORD_LAST_CODE = Uint8Array.from({ length: 0x80 }, (_, code) =>
  STREET_WORD_LAST_CODES.has(code) ? 1 : 0,
);

function isStreetWordLastCode(code: number): boolean {
  return code < 0x80 ? IS_ASCII_STREET_WORD_LAST_CODE[code] === 1 : STREET_WORD_LAST_CODES.has(code);
}

function endsWithStreetWord(codes: Uint16Array, end: number): boolean {
  if (end === 0 || !isStreetWordLastCode(codes[end - 1])) return false;
  for (const word of STREET_HINT_WORDS) {
    const start = end - word.length;
    if (start < 0) continue;
    let offset = 0;
    while (offset < word.length && isSameIgnoringAsciiCase(codes[start + offset], word.charCodeAt(offset)))
      offset++;
    if (offset === word.length) return true;
  }
  return false;
}

/** Whether `code` is `lower` (a lower-case pattern character), or its capital when `lower` is a-z. */
function isSameIgnoringAsciiCase(code: number, lower: number): boolean {
  return code === lower || (lower >= 0x61 && lower <= 0x7a && code === lower - 0x20);
}

/** ISO 13616 check: known length for the country, then the rearranged number mod 97 must be 1. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '').toUpperCase();
  const expectedLength = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expectedLength !== undefined ? iban.length !== expectedLength : iban.length < 15 || iban.length > 34)
    return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
