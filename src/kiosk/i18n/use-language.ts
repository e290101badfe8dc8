import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/localized-text.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { SurveyTranslation, translateSurvey } from '../../survey/translate-survey.ts';
import { loadSurveyTranslation } from '../../survey/translations/index.ts';
import { germanTexts, loadUiTexts, type UiTexts } from './index.ts';
import { LANGUAGE_INFO } from './languages.ts';

interface LanguagePack {
  ui: UiTexts;
  survey?: SurveyTranslation;
  /** Loaded with the first other language: German, the start's language, needs no translating. */
  translate?: typeof translateSurvey;
}

// Kept for the tablet's lifetime: a language once loaded switches instantly for the next citizen.
const packs = new Map<string, Promise<LanguagePack>>();

function loadPack(surveyId: string, lang: Language): Promise<LanguagePack> {
  const key = `${surveyId} ${lang}`;
  let pack = packs.get(key);
  if (!pack) {
    pack = Promise.all([
      loadUiTexts(lang),
      loadSurveyTranslation(surveyId, lang),
      import('../../survey/translate-survey.ts'),
    ]).then(([ui, survey, { translateSurvey }]) => ({ ui, survey, translate: translateSurvey }));
    // A failed fetch is not remembered: the next tap tries again.
    pack.catch(() => packs.delete(key));
    packs.set(key, pack);
  }
  return pack;
}

/**
 * The kiosk in the citizen's language. `choose` loads the language's texts (a lazy chunk) and
 * only then calls `onChosen`, so the screen never shows a language half-loaded; until then, and
 * if loading fails, the kiosk stays in the language it shows. Sets `lang` and `dir` on <html>.
 */
export function useLanguage(
  survey: SurveyDefinition,
  lang: Language,
  onChosen: (lang: Language) => void,
): { lang: Language; t: UiTexts; survey: SurveyDefinition; choose(lang: Language): void } {
  const [loaded, setLoaded] = useState<Partial<Record<Language, LanguagePack>>>({
    [DEFAULT_LANGUAGE]: { ui: germanTexts },
  });
  const latest = useRef<Language>(lang);
  const shown = loaded[lang] ? lang : DEFAULT_LANGUAGE;
  const pack = loaded[shown] ?? { ui: germanTexts };
  const translated = useMemo(
    () => (pack.translate ? pack.translate(survey, shown, pack.survey) : survey),
    [survey, shown, pack],
  );

  // Before paint, like the text size: Arabic text must never show for a frame laid out left to right.
  useLayoutEffect(() => {
    document.documentElement.lang = shown;
    document.documentElement.dir = LANGUAGE_INFO[shown].dir;
  }, [shown]);

  const choose = (next: Language) => {
    latest.current = next;
    loadPack(survey.id, next).then(
      (p) => {
        if (latest.current !== next) return; // a later tap chose another language
        setLoaded((prev) => ({ ...prev, [next]: p }));
        onChosen(next);
      },
      (error: unknown) => console.error(`Urne: could not load language ${next}:`, String(error)),
    );
  };
  return { lang: shown, t: pack.ui, survey: translated, choose };
}
