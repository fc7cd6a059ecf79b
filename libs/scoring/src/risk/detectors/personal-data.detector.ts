import type { RiskDetector, RiskFinding } from '../risk-types';

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
/** Street, number, optional postcode and town, in one word: Hauptstraße 5, Karl-Marx-Str. 12a, 10115 Berlin. */
const STREET_ADDRESS =
  /(?<![\p{L}\p{N}])\p{L}+(?:-\p{L}+)*-?(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad) ?\d{1,4} ?[a-z]?(?:, ?\d{5} \p{L}+)?(?![\p{L}\p{N}])/giu;
/** The same in two capitalised words (Berliner Straße 7, Alter Markt 3); case-sensitive, so "weg 80" (away) is no street. */
const TWO_WORD_STREET_ADDRESS =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ (?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt) ?\d{1,4} ?[a-z]?(?:, ?\d{5} \p{L}+)?(?![\p{L}\p{N}])/gu;

/** Cheap tests that must pass before the full patterns run: two letters then two digits; + or 0 before a digit; a street word before a number. */
const IBAN_HINT = /[a-z]{2}\d\d/i;
const PHONE_HINT = /(?:\+|\b0)\d/;
const STREET_HINT =
  /(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad|markt) ?\d/i;

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
    if (/[\w.%+-]@/.test(text)) findings.push(...matches(text, EMAIL, 'personalData.email', EMAIL_SCORE));
    if (/[[(]/.test(text))
      findings.push(...matches(text, OBFUSCATED_EMAIL, 'personalData.email', OBFUSCATED_EMAIL_SCORE));
    if (!/\d/.test(text)) return findings;
    const ibans = IBAN_HINT.test(text)
      ? matches(text, IBAN, 'personalData.iban', IBAN_SCORE).filter((finding) =>
          isValidIban(text.slice(finding.start, finding.end)),
        )
      : [];
    findings.push(...ibans);
    const phones = PHONE_HINT.test(text) ? matches(text, PHONE, 'personalData.phone', PHONE_SCORE) : [];
    for (const phone of phones) {
      const digits = text.slice(phone.start, phone.end).replace(/\D/g, '').length;
      if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) continue;
      if (ibans.some((iban) => phone.start < iban.end && phone.end > iban.start)) continue;
      findings.push(phone);
    }
    if (STREET_HINT.test(text)) {
      findings.push(...matches(text, STREET_ADDRESS, 'personalData.address', ADDRESS_SCORE));
      findings.push(...matches(text, TWO_WORD_STREET_ADDRESS, 'personalData.address', ADDRESS_SCORE));
    }
    return findings;
  },
};

function matches(text: string, pattern: RegExp, rule: string, score: number): RiskFinding[] {
  const findings: RiskFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    findings.push({
      category: 'personalData',
      rule,
      score,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return findings;
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
