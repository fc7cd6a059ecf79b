/**
 * Every match of a global pattern in `text`, the same as String.prototype.matchAll finds, without the copy of the
 * pattern matchAll makes on each call. Starts at 0 and leaves the pattern's lastIndex at 0.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return found;
}

/** Past an empty match, as matchAll advances: one unit, or a whole surrogate pair for a /u pattern. */
function nextIndex(text: string, index: number, isUnicode: boolean): number {
  if (!isUnicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
