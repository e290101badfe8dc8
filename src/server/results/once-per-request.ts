import type { ResultsStore } from '../store/results-store.ts';
import { waveSheets } from './wave-sheets.ts';

/**
 * The store's counting queries for one request, each distinct one asked once, and most of them
 * answered from a few larger queries (wave-sheets.ts). One office's page asks the
 * same counts in several places — its own disclosure check, the wave comparison (whose row for
 * this wave is this very selection), the questions hidden against the whole wave — and some
 * forty different views of one wave; on PostgreSQL each query costs tens of milliseconds however
 * few rows it reads, and the whole wave's counts over a million answer sets are the costly ones
 * (docs/performance.md). Answered once, the figures of one page also agree with each other while
 * new sets are being counted. Nothing outlives the request: the next one asks the database again.
 */
export function oncePerRequest<S extends ResultsStore>(store: S): S {
  const once = <A extends unknown[], R>(query: (...args: A) => Promise<R>) => {
    const asked = new Map<string, Promise<R>>();
    return (...args: A): Promise<R> => {
      // A filter's absent and undefined fields mean the same (results-sql.ts), as in JSON.
      const key = JSON.stringify(args);
      let answer = asked.get(key);
      if (!answer) {
        answer = query(...args);
        asked.set(key, answer);
      }
      return answer;
    };
  };
  const memo: S = {
    ...store,
    countAnswers: once(store.countAnswers.bind(store)),
    countPerDay: once(store.countPerDay.bind(store)),
    countDayCells: once(store.countDayCells.bind(store)),
    countCells: once(store.countCells.bind(store)),
    countFlagged: once(store.countFlagged.bind(store)),
    listTexts: once(store.listTexts.bind(store)),
    countGiven: once(store.countGiven.bind(store)),
    listOffices: once(store.listOffices.bind(store)),
    listLatestSurveys: once(store.listLatestSurveys.bind(store)),
  };
  const surveyOf = async (id: string) => (await memo.listLatestSurveys()).find((s) => s.id === id);
  const sheets = waveSheets(memo, surveyOf);
  return {
    ...memo,
    countAnswers: once(sheets.countAnswers),
    countPerDay: once(sheets.countPerDay),
    countDayCells: once(sheets.countDayCells),
    countCells: once(sheets.countCells),
    countFlagged: once(sheets.countFlagged),
    countGiven: once(sheets.countGiven),
  };
}
