import { BadRequestException } from '@nestjs/common';
import type { CommentSort } from '@tenor/contracts';

/** Where a page ended: the sort key and id of its last row. */
export interface CommentCursor {
  sort: CommentSort;
  key: number | string;
  id: number;
}

/** An opaque, URL-safe cursor for the next page. */
export function encodeCursor(cursor: CommentCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');
}

/** Reads a cursor made by encodeCursor for the same sort; anything else is a 400. */
export function decodeCursor(encoded: string, sort: CommentSort): CommentCursor {
  try {
    const [cursorSort, key, id] = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as unknown[];
    const isKeyValid = sort === 'risk' ? typeof key === 'number' : typeof key === 'string';
    if (cursorSort === sort && isKeyValid && Number.isInteger(id)) {
      return { sort, key: key as number | string, id: id as number };
    }
  } catch {
    // reported below
  }
  throw new BadRequestException([`cursor: not a cursor of this list sorted by ${sort}`]);
}
