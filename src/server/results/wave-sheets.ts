import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { ResultsFilter, ResultsStore, SelectionCounts } from '../store/results-store.ts';
import {
  cellsIn,
  dayCells,
  flaggedIn,
  perDay,
  reasonsIn,
  type SetCell,
  setCells,
} from './wave-set-counts.ts';

type Counts = Pick<
  ResultsStore,
  'countAnswers' | 'countPerDay' | 'countDayCells' | 'countCells' | 'countFlagged' | 'countGiven'
>;

/**
 * The counting queries of one request in few, larger queries (docs/performance.md, "One office
 * among 100"). One office's page looks at some forty views of its wave — the office, its
 * reasons, the whole wave, the siblings the disclosure rules compare — and on PostgreSQL each
 * query costs tens of milliseconds however few rows it reads. Instead:
 *  - every count of answer sets (per day, per cell, flagged) is summed in JavaScript from one
 *    query per wave, its sets per day, office, reason and flag (wave-set-counts.ts), with the
 *    same conditions as the SQL (results-filter-match.ts): the disclosure rules see the very
 *    numbers they saw before;
 *  - a view's answers are asked once for all of the survey's questions, with how many gave each
 *    free text (countSelection), whichever subset a caller wants.
 * What the survey's definition does not name (an older version's question) is asked of `store`
 * as before. Nothing outlives the request: the next one asks the database again.
 */
export function waveSheets(
  store: ResultsStore,
  surveyOf: (surveyId: string) => Promise<SurveyDefinition | undefined>,
): Counts {
  const waves = new Map<string, Promise<SetCell[]>>();
  const views = new Map<string, Promise<SelectionCounts & { questions: Set<string> }>>();
  const setsOf = (f: ResultsFilter) => {
    const key = JSON.stringify([f.surveyId, f.from, f.to]);
    let cells = waves.get(key);
    if (!cells) {
      const scope = { surveyId: f.surveyId, from: f.from, to: f.to };
      cells = store.countWaveSets(scope).then(setCells);
      waves.set(key, cells);
    }
    return cells;
  };
  const viewOf = (f: ResultsFilter) => {
    // A filter's absent and undefined fields mean the same (results-sql.ts), as in JSON.
    const key = JSON.stringify(f);
    let view = views.get(key);
    if (!view) {
      view = surveyOf(f.surveyId).then(async (survey) => {
        const all = survey?.questions ?? [];
        const texts = all.filter((q) => q.type === 'text').map((q) => q.id);
        const questions = all.filter((q) => q.type !== 'text').map((q) => q.id);
        const counts = await store.countSelection(f, questions, texts);
        return { ...counts, questions: new Set(['', ...questions]) };
      });
      views.set(key, view);
    }
    return view;
  };

  return {
    countPerDay: async (f) => perDay(await setsOf(f), f),
    countDayCells: async (f) => dayCells(await setsOf(f), f),
    countCells: async (f) => cellsIn(await setsOf(f), f),
    countFlagged: async (f) => flaggedIn(await setsOf(f), f),
    async countAnswers(f, questions) {
      // Only the question '' (the sets by reason): the wave's sets have it already.
      if (questions.every((q) => q === '')) return reasonsIn(await setsOf(f), f);
      const view = await viewOf(f);
      if (!questions.every((q) => view.questions.has(q))) return store.countAnswers(f, questions);
      const wanted = new Set(['', ...questions]);
      return view.answers.filter((r) => wanted.has(r.question));
    },
    async countGiven(f, question) {
      const view = await viewOf(f);
      return view.given.get(question) ?? store.countGiven(f, question);
    },
  };
}
