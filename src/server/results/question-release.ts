import {
  isRevealing,
  summarizeQuestion,
  totalsByQuestion,
} from '../../shared/results/summarize.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { ResultsFilter, ResultsStore } from '../store/results-store.ts';
import { countSets, effective, parents } from './disclosure.ts';
import { withOnlyOverall } from './only-overall.ts';
import { foldCounts, type Release } from './released.ts';

/**
 * How many answer sets of a selection answered each question (a text counts once), and how many
 * gave only the overall answer (only-overall.ts).
 */
export async function answeredPerQuestion(
  store: ResultsStore,
  release: Release,
  survey: SurveyDefinition,
  filter: ResultsFilter,
): Promise<Map<string, number>> {
  const counted = survey.questions.filter((q) => q.type !== 'text').map((q) => q.id);
  const totals = totalsByQuestion(foldCounts(release, await store.countAnswers(filter, counted)));
  const sets = await countSets(store, filter);
  const answered = new Map<string, number>();
  for (const q of survey.questions) {
    const n =
      q.type === 'text'
        ? await store.countGiven(filter, q.id)
        : summarizeQuestion(q, totals, sets).n;
    answered.set(q.id, n);
  }
  return withOnlyOverall(survey, sets, answered);
}

/**
 * The questions of a shown selection that show no figures: those answered by 1–4 of its sets,
 * and those answered by 1–4 fewer than in a view it could be subtracted from. The play corner,
 * asked only of visitors with children, answered by 7 in the wave and by 5 at Lünen: Lünen's
 * counts taken from the wave's would be the other offices' 2 parents' answers, which their own
 * pages hide. The finer selection (one office, one reason) gives way to the coarser one; between
 * the flag switch's two views it is the view with flagged sets, since the default one stays.
 */
export async function hiddenQuestions(
  store: ResultsStore,
  release: Release,
  survey: SurveyDefinition,
  filter: ResultsFilter,
  /** The selection's own answeredPerQuestion, where the caller has counted it already. */
  answered?: ReadonlyMap<string, number>,
): Promise<Set<string>> {
  const own = answered ?? (await answeredPerQuestion(store, release, survey, filter));
  const coarser = await Promise.all(parents(filter).map((p) => effective(store, p)));
  if (filter.includeFlagged) coarser.push({ ...filter, includeFlagged: false });
  const hidden = new Set([...own].filter(([, n]) => isRevealing(n)).map(([id]) => id));
  for (const view of coarser) {
    for (const [id, n] of await answeredPerQuestion(store, release, survey, view)) {
      if (isRevealing(Math.abs(n - (own.get(id) ?? 0)))) hidden.add(id);
    }
  }
  return hidden;
}
