/** The longest article title we produce (the limit the ingest brief sets); longer first sentences are cut at a word boundary. */
export const MAX_ARTICLE_TITLE_LENGTH = 120;
const ELLIPSIS = '…';

// Abbreviations that end in a dot without ending the sentence, lower-cased without their final dot.
// Sentence-final ones such as "usw." and "etc." are left out on purpose.
const ABBREVIATIONS = new Set(
  'dr prof st nr ca bzw vgl sog z.b u.a d.h inkl mio mrd abs str hr fr'.split(' '),
);
// Sentence punctuation, optional closing quotes, then whitespace and something that can open a sentence.
const SENTENCE_END = /[.!?]["'“”»«’]*(?=\s+["'„“»«‚]?[\p{Lu}\d])/gu;
const WHITESPACE = /\s/;
/** What a cut title must not end in: white space and clause punctuation. */
const TRAILING_SEPARATOR = /[\s,;:–-]/;

/** Whether a line reads like a heading: at most 120 characters and not ending like a sentence or clause. */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_ARTICLE_TITLE_LENGTH && !/[.,;:]$/.test(trimmed);
}

/**
 * The first sentence of a paragraph. A dot after a number ("27. Januar"), a single letter (an initial)
 * or a known abbreviation ("Dr.") does not end a sentence; without any sentence end the whole paragraph counts.
 */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    if (match[0].startsWith('.')) {
      const lastWord = wordEndingAt(text, match.index ?? 0).toLowerCase();
      if (/^\d+$/.test(lastWord) || /^\p{L}$/u.test(lastWord) || ABBREVIATIONS.has(lastWord)) continue;
    }
    return text.slice(0, end);
  }
  return text;
}

/**
 * A title from the first sentence of a body: its final full stop dropped (question and exclamation
 * marks kept) and, beyond 120 characters, cut at the last word boundary with "…" appended.
 */
export function titleFromFirstSentence(paragraph: string): string {
  const sentence = firstSentence(paragraph).replace(/\.$/, '');
  if (sentence.length <= MAX_ARTICLE_TITLE_LENGTH) return sentence;
  const room = sentence.slice(0, MAX_ARTICLE_TITLE_LENGTH - ELLIPSIS.length + 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut =
    lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, MAX_ARTICLE_TITLE_LENGTH - ELLIPSIS.length);
  return `${withoutTrailingSeparators(cut)}${ELLIPSIS}`;
}

/** The text without white space and clause punctuation at its end (a loop: a regex would rescan long runs). */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_SEPARATOR.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * The run of non-space characters ending at `end`. Scanning back from the dot, not splitting the whole text before it,
 * keeps a paragraph of many dots that do not end a sentence ("1. A 2. B …") linear.
 */
function wordEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && !WHITESPACE.test(text[start - 1])) start--;
  return text.slice(start, end);
}
