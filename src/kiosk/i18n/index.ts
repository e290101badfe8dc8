import type { Language } from '../../shared/localized-text.ts';
import { de, type UiTexts } from './de.ts';

export type { UiTexts } from './de.ts';
export { de as germanTexts };

/**
 * German is in the first-load bundle; every other language is a chunk of its own, fetched when a
 * citizen chooses it (the service worker precaches them all, so choosing works offline too).
 * A record over Language: adding a code to LANGUAGES fails to compile until it has a loader here.
 */
const LOADERS: Record<Language, () => Promise<UiTexts>> = {
  de: async () => de,
  'de-x-ls': () => import('./de-x-ls.ts').then((m) => m.deXLs),
  en: () => import('./en.ts').then((m) => m.en),
  tr: () => import('./tr.ts').then((m) => m.tr),
  ar: () => import('./ar.ts').then((m) => m.ar),
  ru: () => import('./ru.ts').then((m) => m.ru),
  uk: () => import('./uk.ts').then((m) => m.uk),
  pl: () => import('./pl.ts').then((m) => m.pl),
};

/** The kiosk's own texts in `lang`; rejects only when the chunk cannot be fetched. */
export function loadUiTexts(lang: Language): Promise<UiTexts> {
  return LOADERS[lang]();
}
