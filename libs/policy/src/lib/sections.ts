/** A section name as pre-moderation compares it: trimmed and in lower case, so "Politik" and "politik " are one section. */
export function sectionKey(section: string): string {
  return section.trim().toLowerCase();
}
