// A surrogate half without its partner: UTF-8, and so every database, cannot store one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with every lone surrogate replaced by U+FFFD, as storing it as UTF-8 would: what the database then holds
 * equals the text in hand, so an id read back (RETURNING, a lookup) matches the one sent.
 */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
