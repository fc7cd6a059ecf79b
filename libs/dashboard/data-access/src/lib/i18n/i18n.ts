import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { LOCALE_BY_LANGUAGE, TranslationKey, UiLanguage } from './dictionary';
import { TranslationParams, isUiLanguage, translate } from './translate';

/** The localStorage key that remembers the chosen interface language. */
export const LANGUAGE_STORAGE_KEY = 'tenor.language';

/** The interface language as a signal, and `t()` to translate through it; templates that call `t()` re-render on a switch. */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly currentLanguage = signal<UiLanguage>(this.readStoredLanguage());

  /** The active interface language. */
  readonly language = this.currentLanguage.asReadonly();
  /** The locale for dates and numbers in the active language. */
  readonly locale = computed(() => LOCALE_BY_LANGUAGE[this.currentLanguage()]);

  constructor() {
    this.document.documentElement.lang = this.currentLanguage();
  }

  /** The text for a key in the active language. */
  t(key: TranslationKey, params?: TranslationParams): string {
    return translate(this.currentLanguage(), key, params);
  }

  /** Switches the interface language and remembers it. */
  setLanguage(language: UiLanguage): void {
    this.currentLanguage.set(language);
    this.document.documentElement.lang = language;
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (private mode, policies); the switch still applies to this session.
    }
  }

  /** Switches between German and English. */
  toggleLanguage(): void {
    this.setLanguage(this.currentLanguage() === 'de' ? 'en' : 'de');
  }

  private readStoredLanguage(): UiLanguage {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isUiLanguage(stored) ? stored : 'de';
    } catch {
      return 'de';
    }
  }
}
