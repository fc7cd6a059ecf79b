import fc from 'fast-check';

/** A generated input with the kind of trouble it carries, for reports and failure messages. */
export interface Adversarial<T = string> {
  kind: string;
  value: T;
}

/** The longest generated text: a 1 MB line, the size of a hostile upload's single record. */
export const HUGE_LENGTH = 1_000_000;

/** Right-to-left text and the marks that flip direction: Arabic, Hebrew, RLM, LRM, RLE, RLO, PDF, isolates. */
export const RIGHT_TO_LEFT = [
  'مرحبا بالعالم',
  'שלום עולם',
  'ال',
  'ע',
  '\u200f',
  '\u200e',
  '\u202b',
  '\u202e',
  '\u202c',
  '\u2067',
  '\u2069',
];
/** Zero-width space, non-joiner, joiner, word joiner and the byte order mark (zero-width no-break space). */
export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
/** Every line break a parser might meet: LF, CR, CRLF, LFCR, line and paragraph separators, NEL, VT, FF. */
export const LINE_BREAKS = ['\n', '\r', '\r\n', '\n\r', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c'];
/** Halves of surrogate pairs standing alone, which no UTF-8 can encode. */
export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
/** Numbers beyond any double or integer, and number-like words. */
export const HUGE_NUMBERS = [
  '1e999999',
  '-1e-999999',
  '9'.repeat(400),
  '-0',
  '1.7976931348623157e309',
  '123456789012345678901234567890',
  '0.' + '0'.repeat(350) + '1',
  'NaN',
  'Infinity',
  '0x1F',
  '1_000',
];
/** Byte sequences that are not UTF-8: truncated and overlong sequences, surrogates, stray continuation bytes, 0xFF. */
export const INVALID_UTF8 = [
  [0xc3, 0x28],
  [0xe2, 0x82],
  [0xe2, 0x28, 0xa1],
  [0xf0, 0x28, 0x8c, 0xbc],
  [0xf8, 0xa1, 0xa1, 0xa1, 0xa1],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0x80],
  [0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
];
/** Characters the formats give meaning to: quotes, separators, brackets, escapes, masks. */
const SYNTAX = [
  '"',
  "'",
  ',',
  ';',
  ':',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '\\u',
  '\\ud800',
  '*',
  '.',
  ' ',
  '\t',
  '#',
  '@',
  '/',
  '-',
  '+',
  '\u0000',
  '\u00a0',
];

/** The bytes as Node decodes a request body: each invalid sequence becomes U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Random bytes with invalid UTF-8 sequences mixed in. */
export function garbageBytes(maxLength = 64): fc.Arbitrary<Uint8Array> {
  return fc
    .array(
      fc.oneof(
        fc.uint8Array({ maxLength: 8 }),
        fc.constantFrom(...INVALID_UTF8).map((bytes) => Uint8Array.from(bytes)),
      ),
      {
        maxLength: Math.max(1, Math.floor(maxLength / 4)),
      },
    )
    .map((parts) => Uint8Array.from(parts.flatMap((part) => [...part])));
}

/** A short piece of trouble: any code point, a syntax character, right-to-left text, a zero-width character, a line break, a lone surrogate, NUL, a huge number, decoded garbage. */
export function fragment(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom(...SYNTAX),
    fc.constantFrom(...RIGHT_TO_LEFT),
    fc.constantFrom(...ZERO_WIDTH),
    fc.constantFrom(...LINE_BREAKS),
    fc.constantFrom(...LONE_SURROGATES),
    fc.constantFrom(...HUGE_NUMBERS),
    fc.constant('\u0000'),
    garbageBytes(16).map(decodeUtf8),
    fc.uint8Array({ maxLength: 16 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  );
}

/** Short adversarial text: fragments of `fragment()` and of the given words, joined. */
export function adversarialText(words: readonly string[] = [], maxFragments = 24): fc.Arbitrary<string> {
  const piece = words.length === 0 ? fragment() : fc.oneof(fragment(), fc.constantFrom(...words));
  return fc.array(piece, { maxLength: maxFragments }).map((pieces) => pieces.join(''));
}

/** One unit of text repeated up to `maxLength` characters: a long line, a run of one character, a repeated word. */
export function repeatedText(
  unit: fc.Arbitrary<string>,
  minLength: number,
  maxLength = HUGE_LENGTH,
): fc.Arbitrary<string> {
  return fc
    .tuple(
      unit.filter((text) => text.length > 0),
      fc.integer({ min: minLength, max: maxLength }),
    )
    .map(([text, length]) => text.repeat(Math.ceil(length / text.length)).slice(0, length));
}

/** `[` or `{"a":` nested `depth` times, closed or left open: deeper than any recursive parser's stack. */
export function deepJson(depth: number, isClosed: boolean, isObject = false): string {
  const open = isObject ? '{"a":' : '[';
  const close = isObject ? '}' : ']';
  return isClosed ? `${open.repeat(depth)}0${close.repeat(depth)}` : open.repeat(depth);
}

/** Text in many kinds of trouble, the kind named: short mixes, huge runs, long lines, deep nesting, garbage, numbers. */
export function adversarialInput(words: readonly string[] = []): fc.Arbitrary<Adversarial> {
  const tagged = (kind: string, text: fc.Arbitrary<string>) => text.map((value) => ({ kind, value }));
  return fc.oneof(
    { weight: 8, arbitrary: tagged('mixed', adversarialText(words)) },
    { weight: 2, arbitrary: tagged('garbage utf-8', garbageBytes(256).map(decodeUtf8)) },
    {
      weight: 1,
      arbitrary: tagged(
        'latin-1 bytes',
        fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      ),
    },
    {
      weight: 1,
      arbitrary: tagged(
        'utf-16 bytes',
        fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes).toString('utf16le')),
      ),
    },
    {
      weight: 1,
      arbitrary: tagged('right-to-left', repeatedText(fc.constantFrom(...RIGHT_TO_LEFT), 1, 5_000)),
    },
    {
      weight: 1,
      arbitrary: tagged(
        'zero-width',
        repeatedText(fc.constantFrom(...ZERO_WIDTH, 'a\u200d', 'x\u200b'), 1, 5_000),
      ),
    },
    {
      weight: 1,
      arbitrary: tagged('lone surrogates', repeatedText(fc.constantFrom(...LONE_SURROGATES), 1, 5_000)),
    },
    { weight: 1, arbitrary: tagged('line breaks', adversarialText(LINE_BREAKS, 64)) },
    {
      weight: 1,
      arbitrary: tagged('nul bytes', repeatedText(fc.constantFrom('\u0000', 'a\u0000'), 1, 5_000)),
    },
    { weight: 1, arbitrary: tagged('huge number', fc.constantFrom(...HUGE_NUMBERS)) },
    {
      weight: 1,
      arbitrary: tagged(
        'deep json',
        fc
          .tuple(fc.integer({ min: 65, max: 100_000 }), fc.boolean(), fc.boolean())
          .map(([depth, isClosed, isObject]) => deepJson(depth, isClosed, isObject)),
      ),
    },
    { weight: 1, arbitrary: tagged('huge run', repeatedText(fragment(), 100_000)) },
    {
      weight: 1,
      arbitrary: tagged(
        '1 MB line',
        repeatedText(fc.constantFrom('x', 'ab ', '"', ',', 'Idiot ', '1. A '), HUGE_LENGTH, HUGE_LENGTH),
      ),
    },
  );
}

/** A place in a text as a fraction of its length, spread evenly (fast-check's doubles favour 0 and 1). */
export function fraction(): fc.Arbitrary<number> {
  return fc.nat({ max: 1_000_000 }).map((value) => value / 1_000_000);
}

/**
 * A valid document broken in a few places: fragments inserted, ranges deleted or repeated, characters swapped; each
 * mutation may also be a no-op, so some documents stay valid.
 */
export function mutated(document: fc.Arbitrary<string>, maxMutations = 4): fc.Arbitrary<string> {
  const mutation = fc.tuple(fc.nat(3), fraction(), fc.nat(40), fragment());
  return fc.tuple(document, fc.array(mutation, { maxLength: maxMutations })).map(([text, mutations]) => {
    let result = text;
    for (const [kind, place, length, piece] of mutations) {
      const at = Math.floor(place * result.length);
      if (kind === 0) result = result.slice(0, at) + piece + result.slice(at);
      else if (kind === 1) result = result.slice(0, at) + result.slice(at + length);
      else if (kind === 2)
        result = result.slice(0, at) + result.slice(at, at + length).repeat(3) + result.slice(at);
      else result = result.slice(0, at) + piece.slice(0, 1) + result.slice(at + 1);
    }
    return result;
  });
}

/** The text cut into pieces at the given fractions of its length (for streaming readers). */
export function cutAt(text: string, fractions: readonly number[]): string[] {
  const points = fractions.map((fraction) => Math.floor(fraction * text.length)).sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const point of points) {
    pieces.push(text.slice(start, point));
    start = point;
  }
  pieces.push(text.slice(start));
  return pieces;
}
