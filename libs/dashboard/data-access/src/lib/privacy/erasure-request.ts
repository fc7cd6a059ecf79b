import type { AuthorErasurePreview, ErasureMode, ErasureRequest } from '@tenor/contracts';

// Twelve hex digits (48 bits) tell the records of a page apart at a glance; the full hash stays in the cell's title.
const AUTHOR_HASH_PREFIX_LENGTH = 12;

/**
 * Whether an erasure for `author` may run: only after a preview of exactly that name (as typed, no trimming: the API
 * matches the stored name exactly) that found at least one comment.
 */
export function isErasureReady(preview: AuthorErasurePreview | null, author: string): boolean {
  return preview !== null && preview.author === author && preview.comments > 0;
}

/** The request to send: the author exactly as previewed, the reference trimmed and left out when blank. */
export function erasureRequest(author: string, mode: ErasureMode, reference: string): ErasureRequest {
  const trimmedReference = reference.trim();
  return trimmedReference === '' ? { author, mode } : { author, mode, reference: trimmedReference };
}

/** The start of an author hash as the record table shows it. */
export function authorHashPrefix(authorHash: string): string {
  return authorHash.slice(0, AUTHOR_HASH_PREFIX_LENGTH);
}

/** The i18n keys naming each erasure mode, and the one-line explanation of each. */
export const ERASURE_MODE_KEYS = { delete: 'privacy.mode.delete', anonymise: 'privacy.mode.anonymise' } as const;
export const ERASURE_MODE_HINT_KEYS = { delete: 'privacy.mode.deleteHint', anonymise: 'privacy.mode.anonymiseHint' } as const;
