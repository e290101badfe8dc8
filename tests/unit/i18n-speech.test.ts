import { describe, expect, it } from 'vitest';
import { de } from '../../src/kiosk/i18n/de.ts';
import { loadUiTexts } from '../../src/kiosk/i18n/index.ts';
import { findVoice, spokenText } from '../../src/kiosk/speech.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import type { Question } from '../../src/shared/survey-schema.ts';
import { translateSurvey } from '../../src/survey/translate-survey.ts';
import { loadSurveyTranslation } from '../../src/survey/translations/index.ts';

const survey = loadSurvey(buergerbueroSurvey);
const question = (id: string, s = survey): Question => {
  const q = s.questions.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
};

describe('what "Vorlesen" says', () => {
  it('reads a scale question with all five labels, each ending in a pause, "teils/teils" as words', () => {
    expect(spokenText(question('waiting_time'), 'de', de)).toBe(
      'Wie zufrieden waren Sie mit der Wartezeit? sehr zufrieden. zufrieden. teils, teils. ' +
        'unzufrieden. sehr unzufrieden.',
    );
  });

  it('reads a choice question with its options and the hint, in the chosen language', async () => {
    const tr = translateSurvey(survey, 'tr', await loadSurveyTranslation(survey.id, 'tr'));
    const text = spokenText(question('arrangement', tr), 'tr', await loadUiTexts('tr'), 'Hint');
    expect(text).toBe(
      'Ziyaretinizi nasıl ayarladınız? Hint. Online randevu. Uygulamadan sıra numarası. ' +
        'Gişeden sıra numarası. Randevusuz.',
    );
  });

  it('reads yes/partly/no, and the privacy hint on the free-text question', async () => {
    const ar = translateSurvey(survey, 'ar', await loadSurveyTranslation(survey.id, 'ar'));
    const t = await loadUiTexts('ar');
    // The Arabic question mark ends a sentence too: no extra full stop after it.
    expect(spokenText(question('resolved', ar), 'ar', t)).toBe(
      'هل أُنجز طلبك بالكامل؟ نعم. جزئيًا. لا.',
    );
    expect(spokenText(question('improve'), 'de', de, 'Freiwillig')).toBe(
      'Was sollten wir verbessern? Freiwillig. ' +
        'Bitte geben Sie keine Namen oder andere persönliche Daten ein.',
    );
  });
});

describe('choosing a voice', () => {
  const voice = (lang: string, localService = true, isDefault = false) =>
    ({ lang, localService, default: isDefault, name: lang }) as SpeechSynthesisVoice;

  it('matches the primary language, so Leichte Sprache is read by a German voice', () => {
    const voices = [voice('en-US'), voice('de-DE'), voice('tr-TR')];
    expect(findVoice(voices, 'de-x-ls')?.lang).toBe('de-DE');
    expect(findVoice(voices, 'tr')?.lang).toBe('tr-TR');
    expect(findVoice([voice('de_DE')], 'de')?.lang).toBe('de_DE');
  });

  it('prefers a voice on the device (a network voice is silent offline), and finds none for a missing language', () => {
    const voices = [voice('ar-SA', false, true), voice('ar-EG', true)];
    expect(findVoice(voices, 'ar')?.lang).toBe('ar-EG');
    expect(findVoice(voices, 'uk')).toBeUndefined();
    expect(findVoice([], 'de')).toBeUndefined();
  });
});
