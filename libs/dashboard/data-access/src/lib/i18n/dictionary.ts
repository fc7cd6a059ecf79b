import { ADMIN_ENGLISH_TEXTS, ADMIN_GERMAN_TEXTS } from './texts-admin';
import { CORE_ENGLISH_TEXTS, CORE_GERMAN_TEXTS } from './texts-core';
import { INSIGHTS_ENGLISH_TEXTS, INSIGHTS_GERMAN_TEXTS } from './texts-insights';
import { POLICY_ENGLISH_TEXTS, POLICY_GERMAN_TEXTS } from './texts-policy';
import { QUEUE_ENGLISH_TEXTS, QUEUE_GERMAN_TEXTS } from './texts-queue';

/** The interface languages of the dashboard. */
export const UI_LANGUAGES = ['de', 'en'] as const;
/** An interface language of the dashboard. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The German texts; German is the default interface language and the source of the key set (one file per area). */
export const GERMAN_TEXTS = {
  ...CORE_GERMAN_TEXTS,
  ...QUEUE_GERMAN_TEXTS,
  ...ADMIN_GERMAN_TEXTS,
  ...INSIGHTS_GERMAN_TEXTS,
  ...POLICY_GERMAN_TEXTS,
};

/** A key of the interface dictionary. */
export type TranslationKey = keyof typeof GERMAN_TEXTS;

/** The English texts; each area file's type makes a missing or extra key a compile error. */
export const ENGLISH_TEXTS: Record<TranslationKey, string> = {
  ...CORE_ENGLISH_TEXTS,
  ...QUEUE_ENGLISH_TEXTS,
  ...ADMIN_ENGLISH_TEXTS,
  ...INSIGHTS_ENGLISH_TEXTS,
  ...POLICY_ENGLISH_TEXTS,
};

/** Every interface language's texts. */
export const DICTIONARIES: Record<UiLanguage, Record<TranslationKey, string>> = {
  de: GERMAN_TEXTS,
  en: ENGLISH_TEXTS,
};

/** The BCP 47 locale used to format dates and numbers in each interface language. */
export const LOCALE_BY_LANGUAGE: Record<UiLanguage, string> = {
  de: 'de-DE',
  en: 'en-GB',
};
