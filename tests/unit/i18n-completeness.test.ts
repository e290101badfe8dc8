import { describe, expect, it } from 'vitest';
import { de, type UiTexts } from '../../src/kiosk/i18n/de.ts';
import { loadUiTexts } from '../../src/kiosk/i18n/index.ts';
import { LANGUAGE_INFO } from '../../src/kiosk/i18n/languages.ts';
import { LANGUAGES } from '../../src/shared/localized-text.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { missingTexts, translateSurvey } from '../../src/survey/translate-survey.ts';
import { loadSurveyTranslation, SURVEY_TRANSLATIONS } from '../../src/survey/translations/index.ts';

const survey = loadSurvey(buergerbueroSurvey);
const others = LANGUAGES.filter((lang) => lang !== 'de');

/** Every leaf of a UI text module as [path, value]: strings, and functions called with sample numbers. */
function leaves(texts: object, prefix = ''): [string, unknown][] {
  return Object.entries(texts).flatMap(([key, value]): [string, unknown][] => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') {
      const fn = value as (...args: number[]) => unknown;
      return [1, 2, 5, 20, 21].map((n): [string, unknown] => [`${path}(${n})`, fn(n, 500)]);
    }
    if (value && typeof value === 'object') return leaves(value, `${path}.`);
    return [[path, value]];
  });
}

describe('UI texts in every shipped language', () => {
  it.each(others)('%s has every German text, none empty', async (lang) => {
    const texts: UiTexts = await loadUiTexts(lang);
    const german = new Map(leaves(de));
    const own = new Map(leaves(texts));
    expect([...own.keys()].sort()).toEqual([...german.keys()].sort());
    for (const [path, value] of own) {
      expect(typeof value, `${lang} ${path}`).toBe('string');
      expect((value as string).trim(), `${lang} ${path}`).not.toBe('');
      // Numbers in the German text (progress, counter, countdown) must appear in the translation;
      // Arabic alone says one and two in words ("ثانيتين", two seconds; "دقيقتان", two minutes).
      for (const n of String(german.get(path)).match(/\d+/g) ?? []) {
        if (lang === 'ar' && (n === '1' || n === '2') && /^(idleBody|more)/.test(path)) continue;
        expect(value as string, `${lang} ${path}`).toContain(n);
      }
    }
  });

  it('names every language in itself and runs Arabic right to left', () => {
    expect(Object.keys(LANGUAGE_INFO)).toEqual([...LANGUAGES]);
    expect(LANGUAGE_INFO.ar).toEqual({ name: 'العربية', dir: 'rtl' });
    expect(LANGUAGES.filter((l) => LANGUAGE_INFO[l].dir === 'rtl')).toEqual(['ar']);
    expect(new Set(Object.values(LANGUAGE_INFO).map((i) => i.name)).size).toBe(LANGUAGES.length);
  });

  it('counts seconds with each language’s plural forms', async () => {
    const [ru, pl, ar] = await Promise.all([
      loadUiTexts('ru'),
      loadUiTexts('pl'),
      loadUiTexts('ar'),
    ]);
    expect(ru.idleBody(1)).toContain('1 секунду');
    expect(ru.idleBody(3)).toContain('3 секунды');
    expect(ru.idleBody(20)).toContain('20 секунд');
    expect(pl.idleBody(22)).toContain('22 sekundy');
    expect(pl.idleBody(15)).toContain('15 sekund');
    expect(ar.idleBody(2)).toContain('ثانيتين');
    expect(ar.idleBody(5)).toContain('5 ثوانٍ');
    expect(ar.idleBody(20)).toContain('20 ثانية');
  });
});

describe('survey texts in every shipped language', () => {
  it.each(others)('%s has every title, option and hint German has', async (lang) => {
    const translation = await loadSurveyTranslation(survey.id, lang);
    const translated = translateSurvey(survey, lang, translation);
    expect(missingTexts(translated, lang)).toEqual([]);
  });

  it('has no translation for a question or option the survey does not have', async () => {
    const files = Object.entries(SURVEY_TRANSLATIONS[survey.id] ?? {});
    expect(files.length).toBeGreaterThan(0);
    for (const [lang, load] of files) {
      const translation = await load();
      expect(translation.surveyId, lang).toBe(survey.id);
      for (const [id, tq] of Object.entries(translation.questions)) {
        const q = survey.questions.find((question) => question.id === id);
        expect(q, `${lang}: question ${id}`).toBeDefined();
        const optionIds = q && 'options' in q ? q.options.map((o) => o.id) : [];
        expect(Object.keys(tq.options ?? {}).sort(), `${lang}: ${id} options`).toEqual(
          optionIds.sort(),
        );
      }
    }
  });

  it('reports what a language lacks, and keeps a definition’s own text over a file’s', async () => {
    const tr = await loadSurveyTranslation(survey.id, 'tr');
    if (!tr) throw new Error('no Turkish translation');
    const { reason: _, ...rest } = tr.questions;
    const partial = translateSurvey(survey, 'tr', { ...tr, questions: rest });
    expect(missingTexts(partial, 'tr')).toEqual([
      'reason.title',
      'reason.options.id_card',
      'reason.options.passport',
      'reason.options.address',
      'reason.options.good_conduct',
      'reason.options.certification',
      'reason.options.other',
    ]);
    const own = { ...survey, title: { ...survey.title, tr: 'Kendi başlığı' } };
    expect(translateSurvey(own, 'tr', tr).title.tr).toBe('Kendi başlığı');
    // A translation for another survey is ignored rather than mixed in.
    expect(translateSurvey(survey, 'tr', { ...tr, surveyId: 'other' })).toBe(survey);
  });
});
