import { describe, expect, it } from 'vitest';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { germanFallbacks } from '../../src/survey/german-fallbacks.ts';
import { surveyWithGermanAndTurkishOnlyQuestion } from '../utils.ts';

describe('languages that fall back to German, listed for staff', () => {
  it('none for the bundled survey: its translation files cover every text', async () => {
    expect(await germanFallbacks(loadSurvey(buergerbueroSurvey))).toEqual([]);
  });

  it('a question published with German and Turkish only is German in every other language', async () => {
    const found = await germanFallbacks(surveyWithGermanAndTurkishOnlyQuestion());
    expect(found.map((f) => f.language)).toEqual(['de-x-ls', 'en', 'ar', 'ru', 'uk', 'pl']);
    expect(found.every((f) => f.texts === 1)).toBe(true);
  });
});
