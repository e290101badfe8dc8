import type { CountRow } from '../../shared/results/summarize.ts';
import {
  countAnswersSql,
  countCellsSql,
  countDayCellsSql,
  countFlaggedSql,
  countGivenSql,
  countPerDaySql,
  countSelectionSql,
  countWaveSetsSql,
  type Dialect,
  listTextsSql,
  type Sql,
} from './results-sql.ts';
import type { ExportedSet, ResultsStore, WaveSetRow } from './results-store.ts';

type CountingQueries = Pick<
  ResultsStore,
  | 'countAnswers'
  | 'countPerDay'
  | 'countDayCells'
  | 'countCells'
  | 'countWaveSets'
  | 'countSelection'
  | 'countFlagged'
  | 'listTexts'
  | 'countGiven'
>;

/**
 * The counting half of a ResultsStore, the same for both stores: `counted` runs a query of
 * results-sql.ts once answer_counts has caught up, and returns its rows with `n` as a number.
 */
export function countingQueries(
  counted: <T extends { n: unknown }>(sql: Sql) => Promise<T[]>,
  dialect: Dialect,
): CountingQueries {
  return {
    countAnswers: (filter, questions) => counted<CountRow>(countAnswersSql(filter, questions)),
    countPerDay: (filter) => counted<{ day: string; n: number }>(countPerDaySql(filter)),
    countDayCells: (filter) =>
      counted<{ day: string; cell: string; n: number }>(countDayCellsSql(filter, dialect)),
    countCells: (filter) =>
      counted<{ office: string; group: string; n: number }>(countCellsSql(filter)),
    async countWaveSets(scope) {
      const rows = await counted<WaveSetRow>(countWaveSetsSql(scope));
      return rows.map((r) => ({ ...r, flagged: Number(r.flagged) }));
    },
    async countSelection(filter, questions, texts) {
      const rows = await counted<Omit<CountRow, 'group'> & { group: string | null }>(
        countSelectionSql(filter, questions, texts),
      );
      const answers: CountRow[] = [];
      const given = new Map(texts.map((t) => [t, 0]));
      for (const { group, ...r } of rows) {
        if (group === null) given.set(r.question, r.n);
        else answers.push({ group, ...r });
      }
      return { answers, given };
    },
    async countFlagged(filter) {
      return (await counted<{ n: number }>(countFlaggedSql(filter)))[0]?.n ?? 0;
    },
    listTexts: (filter, question, limit) =>
      counted<{ text: string; n: number }>(listTextsSql(filter, question, limit)),
    async countGiven(filter, question) {
      return (await counted<{ n: number }>(countGivenSql(filter, question)))[0]?.n ?? 0;
    },
  };
}

/** A row of exportDaySql as the export reads it. */
export interface ExportRow {
  office: string;
  day: string;
  flagged: number;
  answers: string;
}

export const toExportedSet = (r: ExportRow): ExportedSet => ({
  office: r.office,
  day: r.day,
  flagged: r.flagged !== 0,
  answers: JSON.parse(r.answers) as Record<string, unknown>,
});
