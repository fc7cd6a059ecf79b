import { createHash } from 'node:crypto';

/** An author name as erasure records compare it: Unicode NFKC, trimmed, inner whitespace as one space, lower case. */
export function normaliseAuthor(author: string): string {
  return author.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * The hex SHA-256 of the normalised name: the erasure record keeps this, not the name, so a repeated request for the
 * same person is found. It is a pseudonym, not anonymous: whoever guesses the name can confirm it.
 */
export function authorHash(author: string): string {
  return createHash('sha256').update(normaliseAuthor(author), 'utf8').digest('hex');
}
