import type { ShownCount } from '../../shared/results/results-model.ts';
import { isRevealing } from '../../shared/results/summarize.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { shownCount } from './disclosure.ts';

/**
 * The count of answer sets holding only the welcome's overall answer (the citizen tapped a face
 * and said "Nein, danke" or walked away) is released like a question's: question-release.ts
 * treats it as one under this id, so it is hidden where it is 1–4 or where it differs by 1–4 from
 * a coarser view's.
 */
export const ONLY_OVERALL = '(only overall)';

/**
 * The first question after the overall one, which the kiosk asks first and lets no one pass
 * unanswered (required, no condition): the sets without its answer are the one-tap sets. A survey
 * without an overall question or without such a question has no such figure.
 */
function firstAfterOverall(survey: SurveyDefinition) {
  const overall = survey.overallQuestion;
  const first = survey.questions.find((q) => q.id !== overall);
  return overall !== undefined && first?.required && !first.showIf ? first : undefined;
}

/** Adds the one-tap count to a selection's answers per question (n answer sets), where it exists. */
export function withOnlyOverall(
  survey: SurveyDefinition,
  sets: number,
  answered: Map<string, number>,
): Map<string, number> {
  const first = firstAfterOverall(survey);
  if (first) answered.set(ONLY_OVERALL, sets - (answered.get(first.id) ?? 0));
  return answered;
}

/**
 * The figure as it leaves the server: absent where the question release hides it, or hides the
 * first question (whose count beside n is the same number).
 */
export function releasedOnlyOverall(
  survey: SurveyDefinition,
  answered: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
): ShownCount | undefined {
  const first = firstAfterOverall(survey);
  const count = answered.get(ONLY_OVERALL);
  if (!first || count === undefined || hidden.has(ONLY_OVERALL) || hidden.has(first.id)) {
    return undefined;
  }
  return isRevealing(count) ? undefined : shownCount(count);
}
