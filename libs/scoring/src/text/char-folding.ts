import { foldKey } from './fold';

/** Characters that render as nothing and are used to split words invisibly (Id\u200Biot): zero-width space/joiners, BOM, soft hyphen, word joiner, variation selectors. */
export function isInvisibleCharacter(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

/** Combining diaeresis: "u\u0308" is a decomposed ü. */
export const COMBINING_DIAERESIS = 0x0308;

/** Whether a code is a combining diacritical mark (dropped, except a diaeresis after a, o, u). */
export function isCombiningMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/** Cyrillic and Greek letters that look like Latin ones, mapped to the Latin letter they imitate (idіot with a Cyrillic і). */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  п: 'n',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ь: 'b',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ѵ: 'v',
  һ: 'h',
  ӏ: 'l',
  А: 'a',
  В: 'b',
  Е: 'e',
  Ё: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  У: 'y',
  Х: 'x',
  І: 'i',
  Ј: 'j',
  Ѕ: 's',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ħ: 'h',
  ŀ: 'l',
  ſ: 's',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
};

/** Highest code point covered by the precomputed table (end of Cyrillic Supplement). */
const TABLE_LIMIT = 0x0530;

/** Precomputed replacements for codes below TABLE_LIMIT: lower case, umlauts folded (ä → ae), diacritics dropped, homoglyphs mapped. */
const FOLDED_CHARACTERS: readonly string[] = buildTable();

function buildTable(): string[] {
  const table: string[] = [];
  for (let code = 0; code < TABLE_LIMIT; code++) {
    const char = String.fromCharCode(code);
    const homoglyph = HOMOGLYPHS[char];
    if (homoglyph !== undefined) {
      table.push(homoglyph);
      continue;
    }
    const lower = char.toLowerCase();
    if (lower.length !== 1) {
      table.push(char);
      continue;
    }
    table.push(code >= 0xc0 && code <= 0x24f ? foldKey(lower) : lower);
  }
  return table;
}

/** Folds one UTF-16 code unit (not a surrogate) for matching: see FOLDED_CHARACTERS; fullwidth Latin maps to ASCII. */
export function foldCharacter(code: number): string {
  if (code < TABLE_LIMIT) return FOLDED_CHARACTERS[code];
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x1e9e) return 'ss';
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** A folded character is at most this many code units (ä → ae, þ → th); a spec checks every code. */
export const MAX_FOLD_EXPANSION = 2;

/**
 * foldCharacter by code, as numbers: the first unit in the low 16 bits, the second (0 for none) in the high 16 bits;
 * 0 means not computed yet. Filled on first use of each code, so the normalizer never builds a string per character.
 */
const PACKED_FOLDS = new Uint32Array(0x10000);

/** foldCharacter(code) packed as first | second << 16 (second 0 when the fold is one unit). Not for surrogates or NUL. */
export function packedFold(code: number): number {
  const packed = PACKED_FOLDS[code];
  if (packed !== 0) return packed;
  const folded = foldCharacter(code);
  const computed = folded.charCodeAt(0) | (folded.length > 1 ? folded.charCodeAt(1) << 16 : 0);
  PACKED_FOLDS[code] = computed;
  return computed;
}

/** Whether a code unit is one of ä ö ü ß in either case, a strong sign of German. */
export function isGermanLetter(code: number): boolean {
  return (
    code === 0xe4 ||
    code === 0xf6 ||
    code === 0xfc ||
    code === 0xdf ||
    code === 0xc4 ||
    code === 0xd6 ||
    code === 0xdc ||
    code === 0x1e9e
  );
}
