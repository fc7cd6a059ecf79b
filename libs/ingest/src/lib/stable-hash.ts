// FNV-1a 32-bit parameters, from the reference at http://www.isthe.com/chongo/tech/comp/fnv/
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A short deterministic hash of a text (FNV-1a over its UTF-16 code units, 8 hex digits).
 * Not cryptographic: it only has to give the same id on every run and every platform.
 */
export function stableHash(text: string): string {
  let hash = FNV_OFFSET_BASIS;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
