import type { Language } from '../../shared/localized-text.ts';
import type { SurveyTranslation } from '../translate-survey.ts';

type Loader = () => Promise<SurveyTranslation>;

/**
 * Per survey id, the translation file of each language the definition itself does not carry
 * (the Bürgerbüro survey is written in German and English). Each is a chunk of its own, loaded
 * when a citizen chooses the language. Adding a language: one file here per survey, one UI file
 * in src/kiosk/i18n/; tests/unit/i18n-completeness.test.ts fails until every text is there.
 */
export const SURVEY_TRANSLATIONS: Record<string, Partial<Record<Language, Loader>>> = {
  buergerbuero_zufriedenheit: {
    'de-x-ls': () => import('./buergerbuero/de-x-ls.ts').then((m) => m.texts),
    tr: () => import('./buergerbuero/tr.ts').then((m) => m.texts),
    ar: () => import('./buergerbuero/ar.ts').then((m) => m.texts),
    ru: () => import('./buergerbuero/ru.ts').then((m) => m.texts),
    uk: () => import('./buergerbuero/uk.ts').then((m) => m.texts),
    pl: () => import('./buergerbuero/pl.ts').then((m) => m.texts),
  },
};

/** The `lang` texts of the survey `surveyId`, or undefined when there is no file for them. */
export async function loadSurveyTranslation(
  surveyId: string,
  lang: Language,
): Promise<SurveyTranslation | undefined> {
  return SURVEY_TRANSLATIONS[surveyId]?.[lang]?.();
}
