import { MERGED_GROUP, MERGED_OFFICE } from '../../shared/results/results-model.ts';
import type { ResultsFilter } from './results-store.ts';

/**
 * Every evaluation query in one place, as plain SQL with `?` parameters that
 * PostgreSQL runs as well (with $n placeholders, pg-connection.ts dollarParams). Where the two
 * differ — the newline between a cell's office and reason, and the export's reason filter, which
 * reads the JSON of answer_sets — the builder takes the dialect; the aggregation itself reads
 * answer_counts alike on both.
 */
export type Dialect = 'sqlite' | 'postgres';

export interface Sql {
  text: string;
  params: (string | number)[];
}

/** WHERE conditions over answer_counts (or answer_sets: same column names except grp). */
function conditions(f: ResultsFilter, groupColumn: string): Sql {
  const parts = ['survey_id = ?', 'day BETWEEN ? AND ?'];
  const params: (string | number)[] = [f.surveyId, f.from, f.to];
  const among = (column: string, values: readonly string[], not = '') => {
    if (values.length === 0) return not ? undefined : '0 = 1';
    params.push(...values);
    return `${column} ${not}IN (${values.map(() => '?').join(', ')})`;
  };
  const add = (part: string | undefined) => part && parts.push(part);
  if (f.office === MERGED_OFFICE) add(among('office', f.merged?.offices ?? []));
  else if (f.office !== undefined) add(among('office', [f.office]));
  add(among('office', f.withheld?.offices ?? [], 'NOT '));
  if (!f.includeFlagged) parts.push('flagged = 0');
  if (f.group === MERGED_GROUP) add(among(groupColumn, f.merged?.groups ?? []));
  else if (f.group !== undefined) add(among(groupColumn, [f.group]));
  add(among(groupColumn, f.withheld?.groups ?? [], 'NOT '));
  for (const cell of f.withheld?.cells ?? []) {
    const offices = among('office', cell.offices);
    const groups = among(groupColumn, cell.groups);
    parts.push(`NOT (${offices} AND ${groups})`);
  }
  return { text: parts.join(' AND '), params };
}

export function countAnswersSql(f: ResultsFilter, questions: readonly string[]): Sql {
  const where = conditions(f, 'grp');
  const wanted = ['', ...questions.filter((q) => q !== '')];
  return {
    text: `SELECT grp AS "group", question, value, SUM(n) AS n FROM answer_counts
      WHERE ${where.text} AND question IN (${wanted.map(() => '?').join(', ')})
      GROUP BY grp, question, value`,
    params: [...where.params, ...wanted],
  };
}

/**
 * One view's counts in one query: its answers to `questions` per reason and value (as
 * countAnswersSql), and per free-text question (`texts`) how many gave one (as countGivenSql),
 * in rows whose group is NULL and whose value is ''. The texts themselves are never read in bulk.
 */
export function countSelectionSql(
  f: ResultsFilter,
  questions: readonly string[],
  texts: readonly string[],
): Sql {
  const answers = countAnswersSql(f, questions);
  if (texts.length === 0) return answers;
  const where = conditions(f, 'grp');
  return {
    text: `${answers.text}
      UNION ALL SELECT NULL, question, '', SUM(n) FROM answer_counts
      WHERE ${where.text} AND question IN (${texts.map(() => '?').join(', ')}) GROUP BY question`,
    params: [...answers.params, ...where.params, ...texts],
  };
}

/** A survey's days from–to: a wave, before any filter by office, reason or flag. */
export interface WaveScope {
  surveyId: string;
  from: string;
  to: string;
}

/**
 * The answer sets of a wave per day, office, reason and flag (question ''): what every count of
 * sets one results page asks within the wave is summed from (results/wave-set-counts.ts).
 */
export function countWaveSetsSql(s: WaveScope): Sql {
  return {
    text: `SELECT day, office, grp AS "group", flagged, SUM(n) AS n FROM answer_counts
      WHERE survey_id = ? AND day BETWEEN ? AND ? AND question = ''
      GROUP BY day, office, grp, flagged`,
    params: [s.surveyId, s.from, s.to],
  };
}

export function countPerDaySql(f: ResultsFilter): Sql {
  const where = conditions(f, 'grp');
  return {
    text: `SELECT day, SUM(n) AS n FROM answer_counts WHERE ${where.text} AND question = ''
      GROUP BY day ORDER BY day`,
    params: where.params,
  };
}

/** Answer sets per day and finest cell (office × reason), for the chart's partition. */
export function countDayCellsSql(f: ResultsFilter, dialect: Dialect = 'sqlite'): Sql {
  const where = conditions(f, 'grp');
  const newline = dialect === 'sqlite' ? 'char(10)' : 'chr(10)';
  return {
    text: `SELECT day, office || ${newline} || grp AS cell, SUM(n) AS n FROM answer_counts
      WHERE ${where.text} AND question = '' GROUP BY day, office, grp ORDER BY day`,
    params: where.params,
  };
}

/** Answer sets per finest cell (office × reason) over all the filter's days. */
export function countCellsSql(f: ResultsFilter): Sql {
  const where = conditions(f, 'grp');
  return {
    text: `SELECT office, grp AS "group", SUM(n) AS n FROM answer_counts
      WHERE ${where.text} AND question = '' GROUP BY office, grp`,
    params: where.params,
  };
}

export function countFlaggedSql(f: ResultsFilter): Sql {
  const where = conditions({ ...f, includeFlagged: true }, 'grp');
  return {
    text: `SELECT coalesce(SUM(n), 0) AS n FROM answer_counts
      WHERE ${where.text} AND question = '' AND flagged = 1`,
    params: where.params,
  };
}

export function listTextsSql(f: ResultsFilter, question: string, limit: number): Sql {
  const where = conditions(f, 'grp');
  return {
    // '' is not a text: it counts texts the deletion schedule removed (retention-sql.ts).
    text: `SELECT value AS text, SUM(n) AS n FROM answer_counts WHERE ${where.text} AND question = ?
      AND value <> '' GROUP BY value ORDER BY value LIMIT ?`,
    params: [...where.params, question, limit],
  };
}

/** How many answer sets gave any answer to `question` (every text, not only those listed). */
export function countGivenSql(f: ResultsFilter, question: string): Sql {
  const where = conditions(f, 'grp');
  return {
    text: `SELECT coalesce(SUM(n), 0) AS n FROM answer_counts WHERE ${where.text} AND question = ?`,
    params: [...where.params, question],
  };
}

export function exportDaySql(f: ResultsFilter, day: string, dialect: Dialect = 'sqlite'): Sql {
  const reason =
    dialect === 'sqlite'
      ? `coalesce(json_extract(answers, '$.reason'), '')`
      : `coalesce(answers::jsonb ->> 'reason', '')`;
  const where = conditions({ ...f, from: day, to: day }, reason);
  return {
    text: `SELECT office, day, flagged, answers FROM answer_sets WHERE ${where.text}
      ORDER BY office, answers`,
    params: where.params,
  };
}

/**
 * The survey's offices, one index lookup each (the next office after the last), since answer_counts
 * is ordered by survey and office in an index on both stores: a DISTINCT read every count row of
 * the survey, 0.2 s of PostgreSQL's time per page at 200,000 answer sets (docs/performance.md).
 */
export const listOfficesSql = (surveyId: string): Sql => ({
  text: `WITH RECURSIVE offices (office) AS (
      SELECT MIN(office) FROM answer_counts WHERE survey_id = ?
      UNION ALL SELECT (SELECT MIN(office) FROM answer_counts
        WHERE survey_id = ? AND office > offices.office) FROM offices WHERE office IS NOT NULL)
    SELECT office FROM offices WHERE office IS NOT NULL ORDER BY office`,
  params: [surveyId, surveyId],
});
