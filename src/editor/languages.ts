import { LANGUAGES, type Language } from '../shared/localized-text.ts';

/** The kiosk's languages as an office admin names them, German first. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  de: 'Deutsch',
  'de-x-ls': 'Leichte Sprache',
  en: 'Englisch',
  tr: 'Türkisch',
  ar: 'Arabisch',
  ru: 'Russisch',
  uk: 'Ukrainisch',
  pl: 'Polnisch',
};

export const OTHER_LANGUAGES = LANGUAGES.filter((l) => l !== 'de');

/** Arabic is written right to left; its fields must be too, or the admin types it backwards. */
export const directionOf = (language: string) => (language === 'ar' ? 'rtl' : 'ltr');

/** "etwa 75 Sekunden", rounded to 5 as the review's own warning does. */
export function formatSeconds(seconds: number): string {
  const rounded = Math.max(5, Math.ceil(seconds / 5) * 5);
  return `etwa ${rounded} Sekunden`;
}

/** 2027-01-31 → "31. Januar 2027". */
export function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('de-DE', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
