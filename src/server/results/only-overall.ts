import type { ShownCount } from '../../shared/results/results-model.ts';
import { isRevealing } from '../../shared/results/summarize.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { ResultsFilter, ResultsStore } from '../store/results-store.ts';
import { shownCount } from './disclosure.ts';

/**
 * How many answer sets of the selection (n of them) hold only the welcome's overall answer: the
 * citizen tapped a face and said "Nein, danke" or walked away. Counted as the sets without an
 * answer to the first question after it, which the kiosk asks first and lets no one pass
 * unanswered (required, no condition); for a survey without that, there is no such figure.
 * Released like every count (1–4 as "<5"), and not at all when the sets with more answers are
 * 1–4: beside n, this figure would give their number away.
 */
export async function countOnlyOverall(
  store: ResultsStore,
  survey: SurveyDefinition,
  filter: ResultsFilter,
  n: number,
): Promise<ShownCount | undefined> {
  const overall = survey.overallQuestion;
  const first = survey.questions.find((q) => q.id !== overall);
  if (overall === undefined || !first?.required || first.showIf) return undefined;
  const more = await store.countGiven(filter, first.id);
  return isRevealing(more) ? undefined : shownCount(n - more);
}
