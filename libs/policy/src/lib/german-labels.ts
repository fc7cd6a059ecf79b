import type { RiskCategory, WordList, WordMatchMode } from '@tenor/contracts';

/** The categories as the dashboard names them. */
export const CATEGORY_LABELS: Readonly<Record<RiskCategory, string>> = {
  insult: 'Beleidigung',
  profanity: 'Vulgarität',
  threat: 'Bedrohung',
  hate: 'Hassrede',
  spam: 'Spam',
  personalData: 'Persönliche Daten',
};

/** The word lists' names. */
export const WORD_LIST_LABELS: Readonly<Record<WordList, string>> = {
  block: 'Sperrliste',
  watch: 'Beobachtungsliste',
  allow: 'Erlaubt-Liste',
};

/** The match modes' names. */
export const MATCH_MODE_LABELS: Readonly<Record<WordMatchMode, string>> = {
  word: 'ganzes Wort',
  compound: 'Wortteil',
  prefix: 'Wortanfang',
  regex: 'regulärer Ausdruck',
};

/** The threshold actions' names. */
export const ACTION_LABELS: Readonly<Record<'flag' | 'hold' | 'reject', string>> = {
  flag: 'Markieren',
  hold: 'Zurückhalten',
  reject: 'Ablehnen',
};

/** A number the German way: decimal comma, a real minus sign, two decimals (more only when needed, up to four). */
export function formatGermanNumber(value: number): string {
  let text = value.toFixed(2);
  if (Number(text) !== value) text = withoutTrailingZeros(value.toFixed(4));
  return text.replace('.', ',').replace('-', '\u2212');
}

/** The text without the zeros at its end; a loop, as `/0+$/` would scan every run of zeros to its end. */
function withoutTrailingZeros(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '0') end--;
  return text.slice(0, end);
}

/** Text in German quotation marks. */
export function quoteGerman(text: string): string {
  return `\u201e${text}\u201c`;
}
