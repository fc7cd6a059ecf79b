import { emojiKey } from '../text/emoji-key';
import { EMOJI_VALENCES } from '../lexicon/generated/de-modifiers';
import type { NormalizedText } from '../text/normalize';
import type { WordToken } from '../text/word-tokens';
import { IRONY_MAX_QUOTED_WORDS } from './german-tone-constants';

/** A token of the German tone analysis: a word of the normalized text, or an emoji/emoticon. */
export interface ToneToken {
  /** Lookup key: the normalized word (folded, disguises undone) or the emoji without modifiers. */
  readonly key: string;
  /** Index of the normalized word this token is, or -1 for an emoji or emoticon. */
  readonly wordIndex: number;
  /** Offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** Whether the word is written in capitals in the original (with Ä, Ö, Ü; ß counts as neither case), as VADER's is_upper. */
  readonly isAllCaps: boolean;
  /** Whether letters were stretched (guuut), so doubled letters may be collapsed for lookup. */
  readonly isStretched: boolean;
  /** Whether the word starts with a capital in the original (a German noun, mid-sentence). */
  readonly isCapitalized: boolean;
  /** Whether punctuation follows, closing the clause. */
  readonly endsClause: boolean;
  /** Whether a question mark follows. */
  readonly endsWithQuestion: boolean;
  /** Whether the word sits in scare quotes of at most IRONY_MAX_QUOTED_WORDS words. */
  readonly isScareQuoted: boolean;
}

/** Quotation marks of German, Swiss and English typography, straight and curly. */
const QUOTE_CHARACTERS = '"\'„“”«»‚‘’‹›';
const CLAUSE_PUNCTUATION = ',;:.!?…)–—';
/** Bits of the punctuation classes a code unit belongs to. */
const QUOTE = 1;
const CLAUSE = 2;
const QUESTION = 4;
/** The classes of every character above, by code unit, so a gap is read without a string per character. */
const PUNCTUATION_CLASSES: ReadonlyMap<number, number> = (() => {
  const classes = new Map<number, number>();
  const add = (characters: string, bit: number): void => {
    for (let index = 0; index < characters.length; index++) {
      const code = characters.charCodeAt(index);
      classes.set(code, (classes.get(code) ?? 0) | bit);
    }
  };
  add(QUOTE_CHARACTERS, QUOTE);
  add(CLAUSE_PUNCTUATION, CLAUSE);
  add('?', QUESTION);
  return classes;
})();
/** PUNCTUATION_CLASSES of the ASCII code units. */
const ASCII_PUNCTUATION_CLASSES = Uint8Array.from(
  { length: 0x80 },
  (_, code) => PUNCTUATION_CLASSES.get(code) ?? 0,
);
/** A word right after "@" is a user name (@mittelfinger, @troll_putin), not language; it gets no token. */
const AT_SIGN = 0x40;
/** Single letters and digits are no words, as in VADER (which drops one-character tokens). */
const MIN_WORD_LENGTH = 2;
/** Emoticons are short chunks between white space (":-)", "</3", "xd"). */
const MAX_EMOTICON_LENGTH = 4;
/** Code units from here on may be emoji (arrows, dingbats, surrogates of pictographs). */
const FIRST_SYMBOL_CODE = 0x2190;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Every emoticon in data/emoji.tsv contains one of these; a chunk of text without them is none. */
const EMOTICON_HINTS = /[:;=<>^]|xd|[-o]\.[-o]/g;

/** A token under construction: punctuation facts are filled in as the following text is read. */
interface TokenDraft {
  key: string;
  wordIndex: number;
  start: number;
  end: number;
  sentence: number;
  isAllCaps: boolean;
  isStretched: boolean;
  isCapitalized: boolean;
  endsClause: boolean;
  endsWithQuestion: boolean;
  isScareQuoted: boolean;
  opensQuote: boolean;
  closesQuote: boolean;
}

interface Span {
  start: number;
  end: number;
}

/**
 * VADER's tokens, taken from the normalized words (so tone sees through leetspeak and homoglyphs too): words of two or
 * more characters except @user names, plus emoji and emoticons between them. The punctuation between words says which words end a clause,
 * ask a question, or open and close a quote; scare quotes are marked from that.
 */
export function toneTokens(normalized: NormalizedText, words: readonly WordToken[]): ToneToken[] {
  const { text, codes, originalCodes } = normalized;
  const emoticons = findEmoticons(text);
  const tokens: TokenDraft[] = [];
  let emoticonIndex = 0;
  let gapStart = 0;
  let sentence = 0;
  for (let wordIndex = 0; wordIndex <= words.length; wordIndex++) {
    const word = wordIndex < words.length ? words[wordIndex] : undefined;
    const gapEnd = word ? word.start : text.length;
    while (emoticonIndex < emoticons.length && emoticons[emoticonIndex].start < gapEnd) {
      const emoticon = emoticons[emoticonIndex++];
      tokens.push(symbolToken(normalized, text.slice(emoticon.start, emoticon.end), emoticon, sentence));
    }
    const previous = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    const leadingStart = readGap(normalized, gapStart, gapEnd, previous, sentence, tokens);
    if (!word) break;
    gapStart = word.end;
    sentence = word.sentence;
    if (word.end - word.start < MIN_WORD_LENGTH || insideAny(emoticons, word.start)) continue;
    const start = normalized.starts[word.start];
    const end = normalized.ends[word.end - 1];
    if (start > 0 && originalCodes[start - 1] === AT_SIGN) continue;
    tokens.push({
      key: word.text,
      wordIndex,
      start,
      end,
      sentence,
      isAllCaps: isAllCaps(originalCodes, start, end),
      isStretched: word.isStretched,
      isCapitalized: isCapital(originalCodes[start]),
      endsClause: false,
      endsWithQuestion: false,
      isScareQuoted: false,
      opensQuote: hasPunctuation(codes, leadingStart, gapEnd, QUOTE),
      closesQuote: false,
    });
  }
  markScareQuotes(tokens);
  return tokens;
}

/**
 * Reads the text between two words: up to the first white space it trails the previous token (closing quote, clause
 * end, question mark); emoji in it become tokens. Returns where the part leading into the next word starts.
 */
function readGap(
  normalized: NormalizedText,
  start: number,
  end: number,
  previous: TokenDraft | undefined,
  sentence: number,
  out: TokenDraft[],
): number {
  const { text, codes } = normalized;
  let trailingEnd = start;
  while (trailingEnd < end && !isWhitespace(codes[trailingEnd])) trailingEnd++;
  let leadingStart = end;
  while (leadingStart > start && !isWhitespace(codes[leadingStart - 1])) leadingStart--;
  if (previous && previous.sentence === sentence && trailingEnd > start) {
    const trailing = punctuationClassesIn(codes, start, trailingEnd);
    if ((trailing & QUOTE) !== 0) previous.closesQuote = true;
    if ((trailing & CLAUSE) !== 0) previous.endsClause = true;
    if ((trailing & QUESTION) !== 0) previous.endsWithQuestion = true;
  }
  if (previous && previous.sentence === sentence && hasPunctuation(codes, leadingStart, end, CLAUSE))
    previous.endsClause = true;
  for (let position = start; position < end; position++) {
    const code = codes[position];
    if (code < FIRST_SYMBOL_CODE) continue;
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    if (!PICTOGRAPH.test(text.slice(position, position + width))) {
      position += width - 1;
      continue;
    }
    let symbolEnd = position + width;
    while (symbolEnd < end && isEmojiModifier(codes, symbolEnd))
      symbolEnd += codes[symbolEnd] >= 0xd800 ? 2 : 1;
    out.push(
      symbolToken(
        normalized,
        emojiKey(text.slice(position, symbolEnd)),
        { start: position, end: symbolEnd },
        sentence,
      ),
    );
    position = symbolEnd - 1;
  }
  return leadingStart;
}

/**
 * White-space delimited chunks of the normalized text that are emoticons (":-)", "<3", "xd"). Every emoticon has an
 * EMOTICON_HINTS match in it, so only the chunks around those matches are looked at.
 */
function findEmoticons(text: string): Span[] {
  const spans: Span[] = [];
  const hints = EMOTICON_HINTS;
  hints.lastIndex = 0;
  for (let hint = hints.exec(text); hint !== null; hint = hints.exec(text)) {
    let start = hint.index;
    while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
    let end = hint.index + 1;
    while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
    hints.lastIndex = end;
    if (end - start > MAX_EMOTICON_LENGTH) continue;
    let hasSymbol = false;
    for (let index = start; index < end && !hasSymbol; index++) {
      const code = text.charCodeAt(index);
      hasSymbol = !((code >= 0x61 && code <= 0x7a) || code >= 0xc0);
    }
    const isXd = end - start === 2 && text.charCodeAt(start) === 0x78 && text.charCodeAt(start + 1) === 0x64;
    if ((hasSymbol || isXd) && EMOJI_VALENCES[text.slice(start, end)] !== undefined)
      spans.push({ start, end });
  }
  return spans;
}

function insideAny(spans: readonly Span[], position: number): boolean {
  for (const span of spans) if (position >= span.start && position < span.end) return true;
  return false;
}

function symbolToken(normalized: NormalizedText, key: string, span: Span, sentence: number): TokenDraft {
  return {
    key,
    wordIndex: -1,
    start: normalized.starts[span.start],
    end: normalized.ends[span.end - 1],
    sentence,
    isAllCaps: false,
    isStretched: false,
    isCapitalized: false,
    endsClause: false,
    endsWithQuestion: false,
    isScareQuoted: false,
    opensQuote: false,
    closesQuote: false,
  };
}

function isWhitespace(code: number): boolean {
  if (code === 0x20) return true;
  if (code < 0x20) return code >= 0x09 && code <= 0x0d;
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x3000
  );
}

function isEmojiModifier(codes: Uint16Array, position: number): boolean {
  const code = codes[position];
  if (code === 0xfe0f || code === 0xfe0e) return true;
  return (
    code === 0xd83c &&
    position + 1 < codes.length &&
    codes[position + 1] >= 0xdffb &&
    codes[position + 1] <= 0xdfff
  );
}

/** The punctuation classes (QUOTE, CLAUSE, QUESTION bits) of the characters in codes[start, end). */
function punctuationClassesIn(codes: Uint16Array, start: number, end: number): number {
  let classes = 0;
  for (let index = start; index < end; index++) classes |= punctuationClassOf(codes[index]);
  return classes;
}

/** Whether a character of codes[start, end) is in one of the `classes`. */
function hasPunctuation(codes: Uint16Array, start: number, end: number, classes: number): boolean {
  for (let index = start; index < end; index++)
    if ((punctuationClassOf(codes[index]) & classes) !== 0) return true;
  return false;
}

function punctuationClassOf(code: number): number {
  return code < 0x80 ? ASCII_PUNCTUATION_CLASSES[code] : (PUNCTUATION_CLASSES.get(code) ?? 0);
}

function isCapital(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0) return false;
  return (caseChangesOf(code) & CHANGED_BY_LOWER_CASE) !== 0;
}

/** VADER's is_upper, extended to German capitals: at least one capital and no small letter (ß is neither). */
function isAllCaps(codes: Uint16Array, start: number, end: number): boolean {
  let hasCapital = false;
  for (let index = start; index < end; index++) {
    const code = codes[index];
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) {
      hasCapital = true;
      continue;
    }
    if (code < 0xc0 || code === 0xdf) continue;
    const changes = caseChangesOf(code);
    if ((changes & CHANGED_BY_UPPER_CASE) !== 0) return false;
    if ((changes & CHANGED_BY_LOWER_CASE) !== 0) hasCapital = true;
  }
  return hasCapital;
}

/** Bits of CASE_CHANGES: the character is known, toUpperCase changes it, toLowerCase changes it. */
const IS_CASE_KNOWN = 1;
const CHANGED_BY_UPPER_CASE = 2;
const CHANGED_BY_LOWER_CASE = 4;
/** What upper- and lower-casing do to each code unit from U+00C0 on, filled on first use (0: not yet known). */
const CASE_CHANGES = new Uint8Array(0x10000 - 0xc0);

/** How toUpperCase and toLowerCase change the one-unit string of `code` (≥ U+00C0), remembered per code unit. */
function caseChangesOf(code: number): number {
  let changes = CASE_CHANGES[code - 0xc0];
  if (changes === 0) {
    const char = String.fromCharCode(code);
    changes =
      IS_CASE_KNOWN |
      (char !== char.toUpperCase() ? CHANGED_BY_UPPER_CASE : 0) |
      (char !== char.toLowerCase() ? CHANGED_BY_LOWER_CASE : 0);
    CASE_CHANGES[code - 0xc0] = changes;
  }
  return changes;
}

/** A word opening a quote, closed within IRONY_MAX_QUOTED_WORDS words of the same sentence, starts a scare quote. */
function markScareQuotes(tokens: TokenDraft[]): void {
  for (let first = 0; first < tokens.length; first++) {
    if (!tokens[first].opensQuote) continue;
    for (let last = first; last < tokens.length && last < first + IRONY_MAX_QUOTED_WORDS; last++) {
      if (tokens[last].sentence !== tokens[first].sentence || (last > first && tokens[last].opensQuote))
        break;
      if (!tokens[last].closesQuote) continue;
      for (let index = first; index <= last; index++) tokens[index].isScareQuoted = true;
      first = last;
      break;
    }
  }
}
