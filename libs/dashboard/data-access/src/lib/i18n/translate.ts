import { DICTIONARIES, TranslationKey, UI_LANGUAGES, UiLanguage } from './dictionary';

/** Values substituted for `{name}` placeholders in a text. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/** Looks a key up in a language's dictionary and fills its `{name}` placeholders; unknown placeholders stay visible. */
export function translate(language: UiLanguage, key: TranslationKey, params?: TranslationParams): string {
  const text = DICTIONARIES[language][key] ?? DICTIONARIES.de[key] ?? key;
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}

/** Whether a stored value names an interface language. */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}
