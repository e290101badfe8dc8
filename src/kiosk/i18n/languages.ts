import type { Language } from '../../shared/localized-text.ts';

interface LanguageInfo {
  /** The language's name in itself: a citizen looks for "Türkçe", not "Türkisch". No flags. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/**
 * What the kiosk must know of every language before its texts are loaded: how to offer it
 * and which way it runs. Small on purpose: it is part of the first-load bundle.
 */
export const LANGUAGE_INFO: Record<Language, LanguageInfo> = {
  de: { name: 'Deutsch', dir: 'ltr' },
  'de-x-ls': { name: 'Leichte Sprache', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  tr: { name: 'Türkçe', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  ru: { name: 'Русский', dir: 'ltr' },
  uk: { name: 'Українська', dir: 'ltr' },
  pl: { name: 'Polski', dir: 'ltr' },
};
