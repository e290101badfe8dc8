import { describe, expect, it } from 'vitest';
import { loadUiTexts } from '../../src/kiosk/i18n/index.ts';
import { LANGUAGES } from '../../src/shared/localized-text.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { SCALE_VALUES, YES_NO_VALUES } from '../../src/shared/survey-schema.ts';
import { translateSurvey } from '../../src/survey/translate-survey.ts';
import { loadSurveyTranslation } from '../../src/survey/translations/index.ts';

/*
 * Answers from every language are pooled, so each language must offer the same answer steps as
 * German. Whether a label *means* the German one is a translator's review; these checks only
 * catch the mechanical drift that makes steps collapse: a missing label, or two steps (or two
 * questions) worded alike so that a citizen cannot tell them apart.
 */

const survey = loadSurvey(buergerbueroSurvey);

/** Lower-cased, trimmed, inner spaces folded: "Gut " and "gut" are the same label to a reader. */
const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function duplicatesOf(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = fold(text);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

describe('answer steps in every language', () => {
  it.each(LANGUAGES)(
    '%s has five distinct scale labels and three distinct yes/partly/no',
    async (lang) => {
      const t = await loadUiTexts(lang);
      const scale = SCALE_VALUES.map((v) => t.scale[v] ?? '');
      expect(
        scale.filter((label) => !label.trim()),
        `${lang} empty scale labels`,
      ).toEqual([]);
      expect(duplicatesOf(scale), `${lang} scale ${JSON.stringify(scale)}`).toEqual([]);
      const yesno = YES_NO_VALUES.map((v) => t.yesno[v] ?? '');
      expect(
        yesno.filter((label) => !label.trim()),
        `${lang} empty yes/no labels`,
      ).toEqual([]);
      expect(duplicatesOf(yesno), `${lang} yes/no ${JSON.stringify(yesno)}`).toEqual([]);
    },
  );

  it('catches a scale whose two steps read alike', () => {
    expect(duplicatesOf(['sehr gut', 'gut', 'mittel', 'Gut ', 'sehr schlecht'])).toEqual(['Gut ']);
  });
});

describe('survey texts in every language', () => {
  it.each(LANGUAGES)(
    '%s words every question and every option of a question differently',
    async (lang) => {
      const translated = translateSurvey(
        survey,
        lang,
        await loadSurveyTranslation(survey.id, lang),
      );
      const titles = translated.questions.map((q) => q.title[lang] ?? '');
      expect(
        titles.filter((title) => !title.trim()),
        `${lang} untranslated titles`,
      ).toEqual([]);
      expect(duplicatesOf(titles), `${lang} questions`).toEqual([]);
      for (const q of translated.questions) {
        if (!('options' in q)) continue;
        const labels = q.options.map((o) => o.label[lang] ?? '');
        expect(duplicatesOf(labels), `${lang} ${q.id} options`).toEqual([]);
      }
    },
  );

  it.each(LANGUAGES)('%s asks a question wherever German asks one', async (lang) => {
    const translated = translateSurvey(survey, lang, await loadSurveyTranslation(survey.id, lang));
    for (const q of translated.questions) {
      // German ends every title with "?"; Arabic writes its question mark mirrored ("؟").
      if (!q.title.de.trim().endsWith('?')) continue;
      expect(q.title[lang]?.trim(), `${lang} ${q.id}`).toMatch(/[?؟]$/);
    }
  });
});
