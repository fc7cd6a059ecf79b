import { ARTICLE_FIELD_LIMITS, type ArticleInput, type CommentInput } from '@tenor/contracts';
import { berlinDayStart, berlinWallTimeToUtc } from './berlin-time';
import { IngestError } from './ingest-error';
import { validateArticleInput } from './validate-record';
import { toWellFormed } from './well-formed';
import { isCommentHeaderShape, parseSeedComments } from './seed-comments';
import { isBlank, type SeedLine } from './seed-line';
import { isHeadingLike, titleFromFirstSentence } from './seed-title';
import { baseName, splitLines, stripExtension } from './text-lines';

/** One seed file: its article and the comments under it. */
export interface ParsedDocument {
  article: ArticleInput;
  comments: CommentInput[];
}

// The first line of a dated file: " date 2022-01 " then the article's first paragraph. The scraper
// writes a leading space; "date" followed by a digit counts too, so a typo there is reported, not kept as text.
const DATE_LINE_START = /^ date(?:\s|$)/;
const DATE_LINE_WITH_DIGIT = /^\s*date\s+\d/;
// Only the start is matched and the rest sliced off: `\s*(\S*)\s*(.*)$` took cubic time on a line of spaces with a
// U+2028 in it (which `.` does not match), 17 s at 4,000 characters.
const DATE_LINE_VALUE = /^\s*date\s*(\S*)/;
const DATE_VALUE = /^(\d{4})-(\d{2})$/;
const COMMENT_BLOCK_MARKER = 'Pflichtfelder';
const PAYWALL_MARKER = 'Überzeugen Sie sich von unserem Online-Abo:';
// A photo credit ("… Foto: Friso Gentsch/dpa"), also inside brackets.
const PHOTO_CREDIT = /(?:^|[\s([])Fotos?:/;
// A one- or two-word line right under the title is a byline or topic tag ("Blinken"), not article text.
const MAX_FURNITURE_WORDS = 2;

/**
 * Parses one scraped seed text file (see the README of libs/ingest for the format and every cleaning rule).
 * `sourceFile` names the file in errors; its base name becomes `sourceFile` and, without extension, the article `externalId`.
 */
export function parseSeedText(text: string, sourceFile: string): ParsedDocument {
  const fileName = baseName(sourceFile);
  const articleExternalId = stripExtension(fileName);
  if (articleExternalId.trim() === '') {
    throw new IngestError({ file: sourceFile }, `the file name "${fileName}" gives no article id`);
  }
  // NFC so markers such as "Überzeugen" match however the scraper encoded the umlaut; NUL characters, which a
  // scraper may leave and no text column of PostgreSQL takes, go, and lone surrogates read as U+FFFD, as stored.
  const lines: SeedLine[] = splitLines(toWellFormed(text.normalize('NFC').replaceAll('\u0000', ''))).map((line, index) => ({
    text: line,
    lineNumber: index + 1,
  }));

  const dateLine = readDateLine(lines[0], sourceFile);
  const contentLines = dateLine ? [{ text: dateLine.rest, lineNumber: 1 }, ...lines.slice(1)] : lines;
  const { articleEnd, commentStart } = findCommentBlock(contentLines);
  const articleLines = contentLines.slice(0, articleEnd);
  const commentLines = contentLines.slice(commentStart);

  const { title, body } = readArticleText(removePageFurniture(articleLines), dateLine !== null, sourceFile);
  const comments = parseSeedComments(commentLines, { file: sourceFile, articleExternalId });

  const article: ArticleInput = { externalId: articleExternalId, title: shortened(title, ARTICLE_FIELD_LIMITS.title), sourceFile: fileName };
  if (body !== '') article.body = body;
  if (dateLine) {
    article.publishedAt = dateLine.publishedAt;
    article.publishedAtPrecision = 'month';
    article.isPublishedAtInferred = false;
  } else if (comments.length > 0) {
    // Not Math.min(...times): spreading a hundred thousand arguments overflows the call stack.
    const earliest = comments.reduce(
      (minimum, comment) => Math.min(minimum, Date.parse(comment.postedAt)),
      Infinity,
    );
    article.publishedAt = berlinDayStart(new Date(earliest)).toISOString();
    article.publishedAtPrecision = 'day';
    article.isPublishedAtInferred = true;
  }
  // Checked as every ingested record is; the title's cuts above may split a surrogate pair, which this mends.
  return { article: validateArticleInput(article, { file: sourceFile, line: 1 }), comments };
}

/** The text cut to `maxLength` UTF-16 units with an ellipsis, never inside a surrogate pair (a long first sentence as title). */
function shortened(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** Reads ` date YYYY-MM <text>`: null when the file has no date line, an error when it is malformed. */
function readDateLine(
  line: SeedLine | undefined,
  file: string,
): { publishedAt: string; rest: string } | null {
  if (!line || !(DATE_LINE_START.test(line.text) || DATE_LINE_WITH_DIGIT.test(line.text))) return null;
  const start = DATE_LINE_VALUE.exec(line.text);
  const value = start?.[1] ?? '';
  const rest = start === null ? '' : line.text.slice(start[0].length).trimStart();
  const date = DATE_VALUE.exec(value);
  if (!date) {
    throw new IngestError(
      { file, line: 1 },
      `malformed date line, expected " date YYYY-MM": "${line.text.slice(0, 40)}"`,
    );
  }
  const [, year, month] = date;
  if (Number(month) < 1 || Number(month) > 12) {
    throw new IngestError({ file, line: 1 }, `invalid article date ${year}-${month}`);
  }
  const monthStart = berlinWallTimeToUtc({
    year: Number(year),
    month: Number(month),
    day: 1,
    hour: 0,
    minute: 0,
  });
  return { publishedAt: monthStart.toISOString(), rest };
}

/**
 * Where the article ends and the comment block starts: around the `Pflichtfelder` marker when there is one,
 * otherwise at the first line shaped exactly like a comment header; without either the file has no comments.
 */
function findCommentBlock(lines: readonly SeedLine[]): { articleEnd: number; commentStart: number } {
  const markerIndex = lines.findIndex((line) => line.text.trim() === COMMENT_BLOCK_MARKER);
  if (markerIndex !== -1) return { articleEnd: markerIndex, commentStart: markerIndex + 1 };
  const headerIndex = lines.findIndex((line) => isCommentHeaderShape(line.text));
  return headerIndex === -1
    ? { articleEnd: lines.length, commentStart: lines.length }
    : { articleEnd: headerIndex, commentStart: headerIndex };
}

/**
 * Drops what the scraper caught besides the article: photo credit lines, captions (a line repeating the
 * previous non-empty line: every copy goes) and the paywall notice with the promo line after it.
 */
function removePageFurniture(lines: readonly SeedLine[]): SeedLine[] {
  const isDropped = lines.map(() => false);
  let previousIndex = -1;
  let isInPaywall = false;
  lines.forEach((line, index) => {
    if (isBlank(line)) return;
    const text = line.text.trim();
    if (isInPaywall) {
      isDropped[index] = true;
      isInPaywall = false;
    } else if (text.startsWith(PAYWALL_MARKER)) {
      isDropped[index] = true;
      isInPaywall = true;
    }
    if (PHOTO_CREDIT.test(text)) isDropped[index] = true;
    if (previousIndex !== -1 && lines[previousIndex].text.trim() === text) {
      isDropped[index] = true;
      isDropped[previousIndex] = true;
    }
    previousIndex = index;
  });
  return lines.filter((_, index) => !isDropped[index]);
}

/**
 * Splits the cleaned article lines into title and body. A first line standing on its own and reading like a
 * heading is the title (and a one- or two-word line right under it is dropped); otherwise the title is the
 * body's first sentence. The body keeps sub-headings and its paragraph breaks as single blank lines.
 */
function readArticleText(
  lines: readonly SeedLine[],
  hasDateLine: boolean,
  file: string,
): { title: string; body: string } {
  const textLines = lines.filter((line) => !isBlank(line));
  if (textLines.length === 0) throw new IngestError({ file, line: 1 }, 'no article text');
  const first = textLines[0];
  const isFirstOnOwnLine = !(hasDateLine && first.lineNumber === 1);
  if (isFirstOnOwnLine && isHeadingLike(first.text) && textLines.length > 1) {
    const second = textLines[1];
    const isFurniture =
      second.text.trim().split(/\s+/).length <= MAX_FURNITURE_WORDS && isHeadingLike(second.text);
    const bodyStart = lines.indexOf(isFurniture ? second : first) + 1;
    return { title: first.text.trim(), body: joinParagraphs(lines.slice(bodyStart)) };
  }
  const title = titleFromFirstSentence(first.text);
  // A first sentence that is only its full stop (".") leaves no title, which no article may lack.
  if (title.trim() === '') {
    throw new IngestError(
      { file, line: first.lineNumber },
      `no article title in "${first.text.trim().slice(0, 40)}"`,
    );
  }
  return { title, body: joinParagraphs(lines) };
}

/** Trims every line and collapses runs of blank lines into one blank line between paragraphs. */
function joinParagraphs(lines: readonly SeedLine[]): string {
  const output: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' && (output.length === 0 || output[output.length - 1] === '')) continue;
    output.push(text);
  }
  while (output.length > 0 && output[output.length - 1] === '') output.pop();
  return output.join('\n');
}
