import { LANGUAGES, type Language } from '../shared/localized-text.ts';
import type { SurveyDefinition } from '../shared/survey-schema.ts';
import { missingTexts, translateSurvey } from './translate-survey.ts';
import { loadSurveyTranslation } from './translations/index.ts';

/** A language whose citizens meet some of the survey's texts in German, and how many. */
export interface GermanFallback {
  language: Language;
  texts: number;
}

/**
 * The languages in which the survey shows some texts in German: a questionnaire published from
 * the editor may leave a language incomplete (only German is required), and the kiosk then
 * falls back to German text by text. Staff see the list, so the office knows which visitors
 * meet German. Each translation file is loaded as choosing the language would (precached).
 */
export async function germanFallbacks(survey: SurveyDefinition): Promise<GermanFallback[]> {
  const found: GermanFallback[] = [];
  for (const language of LANGUAGES) {
    if (language === 'de') continue;
    const translation = await loadSurveyTranslation(survey.id, language);
    const texts = missingTexts(translateSurvey(survey, language, translation), language).length;
    if (texts > 0) found.push({ language, texts });
  }
  return found;
}
