import type { Answers, AnswerValue } from '../shared/answer-schema.ts';
import type { Question, SurveyDefinition } from '../shared/survey-schema.ts';
import { possibleValues } from './load-survey.ts';

/** Whether `q` is shown, given the answers so far (a question whose `showIf` is unmet is skipped). */
export function isShown(q: Question, answers: Answers): boolean {
  if (!q.showIf) return true;
  const given = answers[q.showIf.question];
  if (given === undefined) return false;
  const values = Array.isArray(given) ? given : [String(given)];
  return values.some((v) => q.showIf?.anyOf.includes(v));
}

/** The questions this citizen sees, in order, given the answers so far. */
export function visibleQuestions(survey: SurveyDefinition, answers: Answers): Question[] {
  return survey.questions.filter((q) => isShown(q, answers));
}

/**
 * The answers that count: drops answers to questions that are no longer shown
 * (a citizen went back and changed the answer a `showIf` depends on).
 */
export function effectiveAnswers(survey: SurveyDefinition, answers: Answers): Answers {
  const kept: Answers = {};
  for (const q of survey.questions) {
    const value = answers[q.id];
    if (value !== undefined && isShown(q, kept)) kept[q.id] = value;
  }
  return kept;
}

/** The id of the shown question after `currentId` (the first one for undefined), or undefined at the end. */
export function nextQuestionId(
  survey: SurveyDefinition,
  answers: Answers,
  currentId: string | undefined,
): string | undefined {
  const visible = visibleQuestions(survey, answers);
  if (currentId === undefined) return visible[0]?.id;
  const i = visible.findIndex((q) => q.id === currentId);
  return visible[i + 1]?.id;
}

export function previousQuestionId(
  survey: SurveyDefinition,
  answers: Answers,
  currentId: string,
): string | undefined {
  const visible = visibleQuestions(survey, answers);
  const i = visible.findIndex((q) => q.id === currentId);
  return i > 0 ? visible[i - 1]?.id : undefined;
}

/** True when every shown required question has an answer. */
export function isComplete(survey: SurveyDefinition, answers: Answers): boolean {
  const kept = effectiveAnswers(survey, answers);
  return visibleQuestions(survey, kept).every((q) => !q.required || kept[q.id] !== undefined);
}

/**
 * Checks an answer set against its survey: every answer belongs to a shown
 * question and has a value that question allows, and every shown required
 * question is answered. Returns readable problems; empty means valid. The
 * kiosk checks before it stores; the server checks every received set.
 */
export function validateAnswers(survey: SurveyDefinition, answers: Answers): string[] {
  const problems: string[] = [];
  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) {
      problems.push(`answer "${id}": the survey has no such question`);
      continue;
    }
    const wrong = checkValue(q, value);
    if (wrong) problems.push(`answer "${id}": ${wrong}`);
    else if (!isShown(q, answers)) problems.push(`answer "${id}": this question was not shown`);
  }
  for (const q of visibleQuestions(survey, answers)) {
    if (q.required && answers[q.id] === undefined) {
      problems.push(`answer "${q.id}": is required but missing`);
    }
  }
  return problems;
}

function checkValue(q: Question, value: AnswerValue): string | undefined {
  const allowed = possibleValues(q);
  switch (q.type) {
    case 'scale':
      return typeof value === 'number' ? undefined : 'must be a number from 1 to 5';
    case 'single':
    case 'yesno':
      return typeof value === 'string' && allowed?.includes(value)
        ? undefined
        : `must be one of ${allowed?.join(', ')}`;
    case 'multi':
      if (!Array.isArray(value)) return 'must be a list of options';
      if (new Set(value).size !== value.length) return 'lists an option twice';
      return value.every((v) => allowed?.includes(v))
        ? undefined
        : `may only contain ${allowed?.join(', ')}`;
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      if (value.trim().length === 0) return 'must not be empty (leave it out instead)';
      return value.length <= q.maxLength ? undefined : `is longer than ${q.maxLength} characters`;
  }
}
