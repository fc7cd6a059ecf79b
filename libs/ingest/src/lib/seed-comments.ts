import type { CommentInput } from '@tenor/contracts';
import { berlinWallTimeToUtc, isCalendarDay, isTimeOfDay } from './berlin-time';
import { IngestError } from './ingest-error';
import { isBlank, type SeedLine } from './seed-line';
import { stableHash } from './stable-hash';
import { validateCommentInput } from './validate-record';

// The comment titles in the real seeds are at most 30 characters; their body lines start above 100.
// 80 leaves room for longer titles while keeping a long first body line (Ingo Kerp's) out.
const MAX_COMMENT_TITLE_LENGTH = 80;
// Author names in the seeds have one or two words ("aurel aurelis"); four allows a middle name and
// a suffix. Longer prefixes are prose that happens to end in a date, never a header.
const MAX_AUTHOR_NAME_WORDS = 4;
const MAX_AUTHOR_NAME_LENGTH = 40;
// Site comments are from this century; two-digit years are read as 20YY.
const CENTURY = 2000;

// A name word is any run of characters without whitespace or sentence punctuation, so
// "aurel aurelis" and "j.mueller" qualify but "Er sagte: am" does not.
const NAME_PATTERN = `[^\\s,;:!?"“”„()\\[\\]{}]+(?:\\s+[^\\s,;:!?"“”„()\\[\\]{}]+){0,${MAX_AUTHOR_NAME_WORDS - 1}}`;
/** `Name DD.MM.YY HH:MM`, the only header form the site writes. */
const HEADER = new RegExp(`^(${NAME_PATTERN})\\s+(\\d{2})\\.(\\d{2})\\.(\\d{2})\\s+(\\d{2}):(\\d{2})$`);
/** Anything shaped like a header (name, then a dotted date and a time ending the line) even with wrong digit counts. */
const HEADER_LIKE = new RegExp(
  `^(${NAME_PATTERN})\\s+\\d{1,4}\\.\\d{1,2}\\.\\d{1,4}\\s+\\d{1,2}[:.]\\d{1,2}$`,
);

/** A parsed comment header. */
export interface CommentHeader {
  author: string;
  postedAt: string;
}

/** What the comment parser needs to know about the file it reads. */
export interface SeedCommentContext {
  file: string;
  articleExternalId: string;
}

/** Whether a line has exactly the header form `Name DD.MM.YY HH:MM` (without checking the date). */
export function isCommentHeaderShape(text: string): boolean {
  const match = HEADER.exec(text.trim());
  return match !== null && match[1].length <= MAX_AUTHOR_NAME_LENGTH;
}

/**
 * Reads a line as a comment header: the header when it is one, null when it is ordinary text.
 * Throws when the line looks like a header but its date or time is malformed or impossible.
 */
export function readCommentHeader(line: SeedLine, file: string): CommentHeader | null {
  const text = line.text.trim();
  const match = HEADER.exec(text);
  if (!match) {
    const headerLike = HEADER_LIKE.exec(text);
    if (headerLike && headerLike[1].length <= MAX_AUTHOR_NAME_LENGTH) {
      throw new IngestError(
        { file, line: line.lineNumber },
        `malformed comment header "${text}" (expected "Name DD.MM.YY HH:MM")`,
      );
    }
    return null;
  }
  const [, author, day, month, year, hour, minute] = match;
  if (author.length > MAX_AUTHOR_NAME_LENGTH) return null;
  if (!isCalendarDay(CENTURY + Number(year), Number(month), Number(day))) {
    throw new IngestError({ file, line: line.lineNumber }, `invalid comment date ${day}.${month}.${year}`);
  }
  if (!isTimeOfDay(Number(hour), Number(minute))) {
    throw new IngestError({ file, line: line.lineNumber }, `invalid comment time ${hour}:${minute}`);
  }
  const postedAt = berlinWallTimeToUtc({
    year: CENTURY + Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
  });
  return { author, postedAt: postedAt.toISOString() };
}

/**
 * Parses the comment block of a seed file: each comment is a header line, an optional title line
 * (a first line of at most 80 characters followed by more text) and a body running to the next header.
 * The block must start with a header; blank lines before it are skipped.
 */
export function parseSeedComments(lines: readonly SeedLine[], context: SeedCommentContext): CommentInput[] {
  const drafts: { header: CommentHeader; headerLine: SeedLine; lines: SeedLine[] }[] = [];
  for (const line of lines) {
    const header = readCommentHeader(line, context.file);
    if (header) {
      drafts.push({ header, headerLine: line, lines: [] });
    } else if (drafts.length > 0) {
      drafts[drafts.length - 1].lines.push(line);
    } else if (!isBlank(line)) {
      throw new IngestError(
        { file: context.file, line: line.lineNumber },
        `expected a comment header "Name DD.MM.YY HH:MM", found "${line.text.trim()}"`,
      );
    }
  }
  const repeatsById = new Map<string, number>();
  return drafts.map((draft) => {
    const content = trimBlankLines(draft.lines);
    if (content.length === 0) {
      throw new IngestError(
        { file: context.file, line: draft.headerLine.lineNumber },
        `comment by ${draft.header.author} has no text`,
      );
    }
    const firstLine = content[0].text.trim();
    const hasTitle = content.length > 1 && firstLine.length <= MAX_COMMENT_TITLE_LENGTH;
    const bodyLines = hasTitle ? trimBlankLines(content.slice(1)) : content;
    // Checked as every ingested record is (a name longer than its column, say), with the header's line.
    return validateCommentInput(
      {
        externalId: uniqueCommentId(context.articleExternalId, draft.header, repeatsById),
        articleExternalId: context.articleExternalId,
        author: draft.header.author,
        postedAt: draft.header.postedAt,
        ...(hasTitle ? { title: firstLine } : {}),
        body: bodyLines.map((line) => line.text.trimEnd()).join('\n'),
      },
      { file: context.file, line: draft.headerLine.lineNumber },
    );
  });
}

/**
 * `${articleExternalId}#${hash(author|postedAt)}`, with `-2`, `-3`… for repeats in the same file.
 * It leaves out the position on purpose: the site lists newest first, so a re-scrape with new comments
 * would shift every position, while author and minute stay put. `repeatsById` counts each base id's comments so
 * far, so a file of many comments by one author in one minute costs one lookup each, not one per earlier repeat; a
 * suffixed id never equals another base id, whose hash part is exactly 8 hex digits.
 */
function uniqueCommentId(
  articleExternalId: string,
  header: CommentHeader,
  repeatsById: Map<string, number>,
): string {
  const baseId = `${articleExternalId}#${stableHash(`${header.author}|${header.postedAt}`)}`;
  const repeat = (repeatsById.get(baseId) ?? 0) + 1;
  repeatsById.set(baseId, repeat);
  return repeat === 1 ? baseId : `${baseId}-${repeat}`;
}

function trimBlankLines(lines: readonly SeedLine[]): SeedLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start])) start++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return lines.slice(start, end);
}
