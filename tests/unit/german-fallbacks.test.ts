import { describe, expect, it } from 'vitest';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { germanFallbacks } from '../../src/survey/german-fallbacks.ts';

describe('languages that fall back to German, listed for staff', () => {
  it('none for the bundled survey: its translation files cover every text', async () => {
    expect(await germanFallbacks(loadSurvey(buergerbueroSurvey))).toEqual([]);
  });

  it('a question published with German and Turkish only is German in every other language', async () => {
    const survey = loadSurvey({
      ...buergerbueroSurvey,
      questions: [
        ...buergerbueroSurvey.questions,
        {
          id: 'signage',
          type: 'yesno',
          required: false,
          title: { de: 'Haben Sie den Weg leicht gefunden?', tr: 'Yolu kolayca buldunuz mu?' },
        },
      ],
    });
    const found = await germanFallbacks(survey);
    expect(found.map((f) => f.language)).toEqual(['de-x-ls', 'en', 'ar', 'ru', 'uk', 'pl']);
    expect(found.every((f) => f.texts === 1)).toBe(true);
  });
});
