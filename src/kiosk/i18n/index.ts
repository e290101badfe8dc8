import type { Language } from '../../shared/localized-text.ts';
import { de, type UiTexts } from './de.ts';
import { en } from './en.ts';

export type { UiTexts } from './de.ts';

/** One UI text module per shipped language; adding a language to LANGUAGES makes this fail to compile until it has one. */
const TEXTS: Record<Language, UiTexts> = { de, en };

export function uiTexts(lang: Language): UiTexts {
  return TEXTS[lang];
}
