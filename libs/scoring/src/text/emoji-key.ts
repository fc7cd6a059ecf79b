/** Strips variation selectors and skin-tone modifiers, so 👍🏽 and ❤️ meet their table entries. */
export function emojiKey(symbol: string): string {
  return symbol.replace(/[\ufe0e\ufe0f]|\ud83c[\udffb-\udfff]/g, '');
}
