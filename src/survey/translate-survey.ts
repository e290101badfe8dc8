import type { LocalizedText } from '../shared/localized-text.ts';
import { SCALE_VALUES, type SurveyDefinition } from '../shared/survey-schema.ts';

/**
 * One language's texts for one survey, kept outside the definition in a file of its own
 * (src/survey/translations/), keyed by question and option id. Adding a language to a survey is
 * adding one such file.
 */
export interface SurveyTranslation {
  /** The survey these texts belong to; a translation for another survey is ignored. */
  surveyId: string;
  title: string;
  questions: Record<string, QuestionTranslation>;
}

export interface QuestionTranslation {
  title: string;
  hint?: string;
  options?: Record<string, string>;
}

/**
 * The survey with `lang` texts added from `translation` wherever the definition has none of its
 * own (a definition's own text always wins, e.g. one sent by the endpoint). Structure and ids
 * are untouched, so answers and flow are the same in every language. Texts still missing fall
 * back to German when shown (pickText).
 *
 * Trade-off: the survey version hashes the definition as authored (German and English), not the
 * translation files; a corrected translation does not start a new survey version. The German
 * text stays the one the answers are evaluated against.
 */
export function translateSurvey(
  survey: SurveyDefinition,
  lang: string,
  translation: SurveyTranslation | undefined,
): SurveyDefinition {
  if (!translation || translation.surveyId !== survey.id) return survey;
  const add = (text: LocalizedText, value: string | undefined): LocalizedText =>
    value === undefined || text[lang] !== undefined ? text : { ...text, [lang]: value };
  return {
    ...survey,
    title: add(survey.title, translation.title),
    questions: survey.questions.map((q) => {
      const tq = translation.questions[q.id];
      if (!tq) return q;
      const hint = q.hint && add(q.hint, tq.hint);
      const translated = { ...q, title: add(q.title, tq.title), ...(hint ? { hint } : {}) };
      if (!('options' in q)) return translated;
      return {
        ...translated,
        options: q.options.map((o) => ({ ...o, label: add(o.label, tq.options?.[o.id]) })),
      };
    }) as SurveyDefinition['questions'],
  };
}

/** Every text of the survey that has German but no `lang`, as paths like `reason.options.passport`. */
export function missingTexts(survey: SurveyDefinition, lang: string): string[] {
  const missing: string[] = [];
  const check = (path: string, text: LocalizedText | undefined) => {
    if (text && !text[lang]?.trim()) missing.push(path);
  };
  check('title', survey.title);
  for (const q of survey.questions) {
    check(`${q.id}.title`, q.title);
    check(`${q.id}.hint`, q.hint);
    if ('options' in q) for (const o of q.options) check(`${q.id}.options.${o.id}`, o.label);
    // The kiosk's own scale labels are translated already; a question's own ones count here.
    if (q.type === 'scale' && q.scaleLabels) {
      for (const v of SCALE_VALUES) check(`${q.id}.scaleLabels.${v}`, q.scaleLabels[v]);
    }
  }
  return missing;
}
