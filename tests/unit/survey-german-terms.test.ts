import { describe, expect, it } from 'vitest';
import { LANGUAGES, pickText } from '../../src/shared/localized-text.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { translateSurvey } from '../../src/survey/translate-survey.ts';
import { loadSurveyTranslation } from '../../src/survey/translations/index.ts';

/*
 * Visitors with little German know their documents by the German names printed on their papers
 * (issue 16, point 7). Every language except German and Leichte Sprache (German anyway) keeps
 * the German term of each official document or service in brackets.
 */
const GERMAN_TERMS: Record<string, string[]> = {
  id_card: ['Personalausweis'],
  passport: ['Reisepass'],
  address: ['Anmeldung', 'Ummeldung'],
  good_conduct: ['Führungszeugnis'],
  certification: ['Beglaubigung'],
};

const GERMAN = new Set(['de', 'de-x-ls']);
const OTHERS = LANGUAGES.filter((lang) => !GERMAN.has(lang));

async function reasonLabels(lang: (typeof LANGUAGES)[number]): Promise<Record<string, string>> {
  const survey = loadSurvey(buergerbueroSurvey);
  const translated = translateSurvey(survey, lang, await loadSurveyTranslation(survey.id, lang));
  const reason = translated.questions.find((q) => q.id === 'reason');
  if (!reason || !('options' in reason)) throw new Error('the survey lost its reason question');
  return Object.fromEntries(
    reason.options.map((o) => [o.id, o.label[lang] ?? '(missing, shown in German)']),
  );
}

describe('German document names in brackets', () => {
  it('covers every non-German language of the kiosk', () => {
    expect(OTHERS).toEqual(['en', 'tr', 'ar', 'ru', 'uk', 'pl']);
  });

  it.each(OTHERS)('%s names each document with its German term in brackets', async (lang) => {
    const labels = await reasonLabels(lang);
    for (const [id, terms] of Object.entries(GERMAN_TERMS)) {
      for (const term of terms) {
        expect(labels[id], `${lang} ${id}`).toMatch(new RegExp(`\\(.*${term}.*\\)`));
      }
    }
  });

  it('keeps the German label itself as it is (no term added twice)', async () => {
    const survey = loadSurvey(buergerbueroSurvey);
    const reason = survey.questions.find((q) => q.id === 'reason');
    const ids = reason && 'options' in reason ? reason.options : [];
    expect(ids.map((o) => pickText(o.label, 'de'))).not.toContainEqual(
      expect.stringContaining('('),
    );
  });

  it('isolates the Latin term in Arabic, so right-to-left text puts the brackets around it', async () => {
    const labels = await reasonLabels('ar');
    for (const id of Object.keys(GERMAN_TERMS)) {
      expect(labels[id], id).toMatch(/\u2066\([^)]+\)\u2069$/);
    }
  });
});
