import type { Answers, AnswerValue } from '../answer-schema.ts';
import { LANGUAGE_ANSWER_ID, type Question, type SurveyDefinition } from '../survey-schema.ts';
import { checkLanguageAnswer } from './language-answer.ts';
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
  // Not a question, so the loop above does not see it: the language the citizen answered in.
  const language = answers[LANGUAGE_ANSWER_ID];
  if (language !== undefined) kept[LANGUAGE_ANSWER_ID] = language;
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
  const byId = indexOf(survey);
  for (const id of Object.keys(answers)) {
    if (id === LANGUAGE_ANSWER_ID) {
      // Not a question: the language the citizen answered in (see language-answer.ts).
      const wrong = checkLanguageAnswer(survey, answers[id] as AnswerValue);
      if (wrong) problems.push(`answer "${id}": ${wrong}`);
      continue;
    }
    const entry = byId.get(id);
    if (!entry) {
      problems.push(`answer "${id}": the survey has no such question`);
      continue;
    }
    const wrong = checkValue(entry, answers[id] as AnswerValue);
    if (wrong) problems.push(`answer "${id}": ${wrong}`);
    else if (!isShown(entry.q, answers))
      problems.push(`answer "${id}": this question was not shown`);
  }
  // With an overall question a citizen may stop after any answer (see overallQuestion): only
  // that question is required of every set.
  const overall = survey.overallQuestion;
  for (const q of survey.questions) {
    const required = overall === undefined ? q.required : q.id === overall;
    if (required && answers[q.id] === undefined && isShown(q, answers)) {
      problems.push(`answer "${q.id}": is required but missing`);
    }
  }
  return problems;
}

interface IndexEntry {
  q: Question;
  allowed: ReadonlySet<string> | undefined;
  /** The allowed values for a message, e.g. "yes, partly, no". */
  listed: string;
}

// The server validates every answer set of every batch against the same few
// definitions: index each once (definitions are immutable data; a new version
// is a new object) instead of rebuilding a map and the option lists per set.
const indexes = new WeakMap<SurveyDefinition, ReadonlyMap<string, IndexEntry>>();

function indexOf(survey: SurveyDefinition): ReadonlyMap<string, IndexEntry> {
  let index = indexes.get(survey);
  if (!index) {
    index = new Map(
      survey.questions.map((q) => {
        const allowed = possibleValues(q);
        return [
          q.id,
          { q, allowed: allowed && new Set(allowed), listed: `${allowed?.join(', ')}` },
        ];
      }),
    );
    indexes.set(survey, index);
  }
  return index;
}

function checkValue({ q, allowed, listed }: IndexEntry, value: AnswerValue): string | undefined {
  switch (q.type) {
    case 'scale':
      return typeof value === 'number' ? undefined : 'must be a number from 1 to 5';
    case 'single':
    case 'yesno':
      return typeof value === 'string' && allowed?.has(value)
        ? undefined
        : `must be one of ${listed}`;
    case 'multi':
      if (!Array.isArray(value)) return 'must be a list of options';
      if (new Set(value).size !== value.length) return 'lists an option twice';
      return value.every((v) => allowed?.has(v)) ? undefined : `may only contain ${listed}`;
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      if (value.trim().length === 0) return 'must not be empty (leave it out instead)';
      return value.length <= q.maxLength ? undefined : `is longer than ${q.maxLength} characters`;
  }
}
