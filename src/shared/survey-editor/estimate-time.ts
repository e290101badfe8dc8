import type { Question, SurveyDefinition } from '../survey-schema.ts';

/**
 * "About a minute": beyond this the editor warns (the review, and the preview's estimate). Here,
 * not in review-survey.ts, so the editor's page can read it without the review's code.
 */
export const AIM_SECONDS = 90;

/**
 * Seconds a visitor needs per question, read and tapped: rough figures from timing the bundled
 * survey on a tablet (12 questions in about 75 s). Free text is counted as a third of visitors
 * writing about 30 s, since it is optional.
 */
const SECONDS: Record<Question['type'], (q: Question) => number> = {
  scale: () => 5,
  yesno: () => 5,
  single: (q) => 5 + ('options' in q ? q.options.length : 0),
  multi: (q) => 7 + 1.5 * ('options' in q ? q.options.length : 0),
  text: () => 10,
};

/** About how long answering every question takes, with the welcome and the Send tap. */
export function estimateSeconds(survey: SurveyDefinition): number {
  return 5 + survey.questions.reduce((sum, q) => sum + SECONDS[q.type](q), 0);
}
