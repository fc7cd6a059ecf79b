import { BadRequestException } from '@nestjs/common';
import type { CommentSort } from '@tenor/contracts';

/** The sort key columns of each order, all descending; the comment id breaks ties last. */
export const SORT_COLUMNS: Record<CommentSort, string[]> = {
  risk: ['comment.riskScore', 'comment.id'],
  time: ['comment.postedAt', 'comment.id'],
  article: ['comment.articleId', 'comment.riskScore', 'comment.id'],
};

/** A page's end: the values of its last row's sort columns. */
export type CursorKey = (number | string)[];

/** An opaque, URL-safe cursor for the next page. */
export function encodeCursor(sort: CommentSort, key: CursorKey): string {
  return Buffer.from(JSON.stringify([sort, ...key])).toString('base64url');
}

/** Reads a cursor made by encodeCursor for the same sort; anything else is a 400. */
export function decodeCursor(encoded: string, sort: CommentSort): CursorKey {
  try {
    const [cursorSort, ...key] = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as unknown[];
    const isKeyValid =
      key.length === SORT_COLUMNS[sort].length && key.every((value) => typeof value === 'number' || typeof value === 'string');
    if (cursorSort === sort && isKeyValid) return key as CursorKey;
  } catch {
    // reported below
  }
  throw new BadRequestException([`cursor: not a cursor of this list sorted by ${sort}`]);
}

/**
 * The WHERE clause that continues after a key in a descending multi-column order:
 * (a < :k0) OR (a = :k0 AND b < :k1) OR … , with its parameters.
 */
export function afterKeyCondition(sort: CommentSort, key: CursorKey): { sql: string; parameters: Record<string, number | string> } {
  const columns = SORT_COLUMNS[sort];
  const parameters = Object.fromEntries(key.map((value, index) => [`cursor${index}`, value]));
  const alternatives = columns.map((column, index) => {
    const equalities = columns.slice(0, index).map((previous, previousIndex) => `${previous} = :cursor${previousIndex}`);
    return `(${[...equalities, `${column} < :cursor${index}`].join(' AND ')})`;
  });
  return { sql: `(${alternatives.join(' OR ')})`, parameters };
}
