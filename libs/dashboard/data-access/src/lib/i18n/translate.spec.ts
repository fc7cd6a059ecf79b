import { DICTIONARIES, ENGLISH_TEXTS, GERMAN_TEXTS, TranslationKey } from './dictionary';
import { ADMIN_GERMAN_TEXTS } from './texts-admin';
import { CORE_GERMAN_TEXTS } from './texts-core';
import { INSIGHTS_GERMAN_TEXTS } from './texts-insights';
import { POLICY_GERMAN_TEXTS } from './texts-policy';
import { QUEUE_GERMAN_TEXTS } from './texts-queue';
import { isUiLanguage, translate } from './translate';

describe('translate', () => {
  it('looks a key up in the chosen language', () => {
    expect(translate('de', 'queue.approve')).toBe('Freigeben');
    expect(translate('en', 'queue.approve')).toBe('Approve');
  });

  it('fills named placeholders', () => {
    expect(translate('de', 'queue.articleFilter', { title: 'Nato' })).toBe('Artikel: Nato');
    expect(translate('en', 'error.status', { status: 502 })).toBe('Request failed (HTTP 502).');
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(translate('en', 'alerts.share', { share: '40 %' })).toBe('40 % instead of {baseline}');
  });

  it('does not read placeholder values from the prototype chain', () => {
    expect(translate('de', 'queue.articleFilter', {})).toBe('Artikel: {title}');
  });
});

describe('dictionaries', () => {
  it('have the same keys in German and English', () => {
    expect(Object.keys(ENGLISH_TEXTS).sort()).toEqual(Object.keys(GERMAN_TEXTS).sort());
  });

  it('do not define a key in two area files (a later file would silently win)', () => {
    const keys = [
      CORE_GERMAN_TEXTS,
      QUEUE_GERMAN_TEXTS,
      ADMIN_GERMAN_TEXTS,
      INSIGHTS_GERMAN_TEXTS,
      POLICY_GERMAN_TEXTS,
    ].flatMap((texts) => Object.keys(texts));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('name the risk categories as the moderation policy does', () => {
    const names = ['insult', 'profanity', 'threat', 'hate', 'spam', 'personalData'].map((category) =>
      translate('de', `category.${category}` as TranslationKey),
    );
    expect(names).toEqual([
      'Beleidigung',
      'Vulgarität',
      'Bedrohung',
      'Hassrede',
      'Spam',
      'Persönliche Daten',
    ]);
  });

  it('name the legal grounds of the rejection reasons', () => {
    expect(translate('de', 'reason.insult')).toBe('Beleidigung (§ 185 StGB)');
    expect(translate('de', 'reason.threat')).toBe('Bedrohung (§ 241 StGB)');
    expect(translate('de', 'reason.incitement')).toBe('Volksverhetzung (§ 130 StGB)');
  });

  it('have no empty text', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      for (const key of Object.keys(dictionary) as TranslationKey[]) {
        expect(dictionary[key].trim()).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(GERMAN_TEXTS) as TranslationKey[]) {
      expect([key, placeholders(ENGLISH_TEXTS[key])]).toEqual([key, placeholders(GERMAN_TEXTS[key])]);
    }
  });
});

describe('isUiLanguage', () => {
  it('accepts the interface languages only', () => {
    expect(isUiLanguage('de')).toBe(true);
    expect(isUiLanguage('en')).toBe(true);
    expect(isUiLanguage('fr')).toBe(false);
    expect(isUiLanguage(null)).toBe(false);
  });
});
