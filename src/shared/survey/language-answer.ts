import type { Answers, AnswerValue } from '../answer-schema.ts';
import { LANGUAGES } from '../localized-text.ts';
import { LANGUAGE_ANSWER_ID, type SurveyDefinition } from '../survey-schema.ts';

/**
 * The citizen's language as one more answer, `language: 'tr'`. It names a language, never a
 * person; the survey decides (`recordLanguage`, default yes). It is optional on the wire, so
 * answer sets stored before it existed stay valid.
 */
export function recordsLanguage(survey: SurveyDefinition): boolean {
  return survey.recordLanguage !== false;
}

/** The answers plus the language they were given in, if the survey records it. */
export function withLanguage(survey: SurveyDefinition, answers: Answers, lang: string): Answers {
  return recordsLanguage(survey) ? { ...answers, [LANGUAGE_ANSWER_ID]: lang } : answers;
}

/** Why `value` cannot be the `language` answer of `survey`, or undefined when it can. */
export function checkLanguageAnswer(
  survey: SurveyDefinition,
  value: AnswerValue,
): string | undefined {
  if (!recordsLanguage(survey)) return 'this survey does not record the language';
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
    ? undefined
    : `must be one of ${LANGUAGES.join(', ')}`;
}
