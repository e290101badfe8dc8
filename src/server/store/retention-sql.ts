import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { ANSWER_COUNTS_KEY as KEY } from './migrations.ts';
import type { Dialect } from './results-sql.ts';
import type { WaveSchedule } from './retention-store.ts';

/**
 * The deletion schedule's SQL, shared by both stores (`?` placeholders; PostgreSQL's through
 * dollarParams). A wave's rows are those of its survey on its days: waves of a survey never
 * overlap (waves.ts checkWave), so no other wave's rows are touched.
 */

export const WAVE_SCHEDULES_SQL = `SELECT w.id, w.survey_id, w.name, w.from_day, w.to_day, w.sealed,
    w.keep_sets_months, w.keep_texts_months, w.sets_deleted_on, w.texts_deleted_on,
    CASE WHEN EXISTS (SELECT 1 FROM urn_openings o WHERE o.wave_id = w.id) THEN 1 ELSE 0 END
      AS opened
  FROM waves w`;

export interface WaveScheduleRow {
  id: number;
  survey_id: string;
  name: string;
  from_day: string;
  to_day: string;
  sealed: number;
  keep_sets_months: number;
  keep_texts_months: number;
  sets_deleted_on: string | null;
  texts_deleted_on: string | null;
  opened: number;
}

export const toWaveSchedule = (r: WaveScheduleRow): WaveSchedule => ({
  waveId: r.id,
  surveyId: r.survey_id,
  name: r.name,
  from: r.from_day,
  to: r.to_day,
  sealed: r.sealed !== 0,
  opened: Number(r.opened) !== 0,
  keepSetsMonths: r.keep_sets_months,
  keepTextsMonths: r.keep_texts_months,
  setsDeletedOn: r.sets_deleted_on,
  textsDeletedOn: r.texts_deleted_on,
});

/** Definitions of every version of a survey: a text question of any version holds texts. */
export const SURVEY_DEFINITIONS_SQL = 'SELECT definition FROM surveys WHERE survey_id = ?';

export function textQuestionIds(definitions: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const d of definitions) {
    for (const q of (JSON.parse(d) as SurveyDefinition).questions) {
      if (q.type === 'text') ids.add(q.id);
    }
  }
  return [...ids].sort();
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** answer_counts rows of the wave's free texts: the text is their value ('' counts "given"). */
const textRows = (questions: number) => `survey_id = ? AND day BETWEEN ? AND ?
  AND question IN (${placeholders(questions)}) AND value <> ''`;

export const countTextsSql = (questions: number) =>
  `SELECT coalesce(SUM(n), 0) AS n FROM answer_counts WHERE ${textRows(questions)}`;

/** Each cell's texts become one '' row, so "how many gave a remark" survives the words. */
export const collapseTextsSql = (questions: number) => `INSERT INTO answer_counts (${KEY}, n)
  SELECT survey_id, day, office, flagged, grp, question, '', SUM(n) FROM answer_counts
  WHERE ${textRows(questions)}
  GROUP BY survey_id, day, office, flagged, grp, question
  ON CONFLICT (${KEY}) DO UPDATE SET n = answer_counts.n + excluded.n`;

export const deleteTextRowsSql = (questions: number) =>
  `DELETE FROM answer_counts WHERE ${textRows(questions)}`;

/** Only answer sets the counter has counted: a set it has not seen waits for the next run. */
const counted = (dialect: Dialect) =>
  `NOT EXISTS (SELECT 1 FROM answer_sets_uncounted u WHERE u.id = answer_sets.${
    dialect === 'sqlite' ? 'rowid' : 'id'
  })`;

/**
 * One text question's answers inside the wave's kept answer sets become ''. Params: path or key,
 * survey, from, to, then path or key twice more. PostgreSQL rebuilds the object from json_each,
 * which keeps the keys in their stored (canonical) order, where jsonb would reorder them.
 */
export function blankTextSql(dialect: Dialect): string {
  const wave = 'survey_id = ? AND day BETWEEN ? AND ?';
  if (dialect === 'sqlite') {
    return `UPDATE answer_sets SET answers = json_set(answers, ?, '')
      WHERE ${wave} AND json_type(answers, ?) = 'text' AND json_extract(answers, ?) <> ''
      AND ${counted(dialect)}`;
  }
  return `UPDATE answer_sets SET answers = (
      SELECT json_object_agg(e.key, CASE WHEN e.key = ?::text THEN to_json(''::text) ELSE e.value END)
      FROM json_each(answer_sets.answers::json) e)::text
    WHERE ${wave} AND json_typeof(answers::json -> ?::text) = 'string' AND answers::json ->> ?::text <> ''
      AND ${counted(dialect)}`;
}

export const deleteSetsSql = (dialect: Dialect) =>
  `DELETE FROM answer_sets WHERE survey_id = ? AND day BETWEEN ? AND ? AND ${counted(dialect)}`;

/** Test answers of days before a day: RETURNING gives one row per deleted set (SQLite ≥ 3.35). */
export const DELETE_TEST_ANSWERS_SQL =
  'DELETE FROM test_answer_sets WHERE day < ? RETURNING survey_id';
export const DUE_TEST_ANSWERS_SQL = 'SELECT survey_id FROM test_answer_sets WHERE day < ?';

export const DELETE_ENVELOPES_SQL = 'DELETE FROM envelopes WHERE wave_id = ?';

export const MARK_TEXTS_SQL =
  'UPDATE waves SET texts_deleted_on = coalesce(texts_deleted_on, ?) WHERE id = ?';
export const MARK_SETS_SQL =
  'UPDATE waves SET sets_deleted_on = coalesce(sets_deleted_on, ?) WHERE id = ?';
export const SET_SCHEDULE_SQL =
  'UPDATE waves SET keep_sets_months = ?, keep_texts_months = ? WHERE id = ?';

/**
 * answer_counts rows (alias `c`) or answer_sets rows on the days of a wave whose answer sets were
 * deleted: their counts are all that is left, so a recount must keep them (results-counts*.ts).
 */
export const inDeletedWave = (alias: string) => `EXISTS (SELECT 1 FROM waves w
  WHERE w.sets_deleted_on IS NOT NULL AND w.survey_id = ${alias}.survey_id
    AND ${alias}.day BETWEEN w.from_day AND w.to_day)`;
