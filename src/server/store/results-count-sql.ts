import { ANSWER_COUNTS_COLUMNS, ANSWER_COUNTS_KEY as KEY } from './migrations.ts';
import { BREAKDOWN_QUESTION } from './results-store.ts';

/**
 * The SQL that fills answer_counts from answer_sets, inside SQLite: no answer
 * set is read into JavaScript. SQLite-only (json_tree); PostgreSQL would use
 * jsonb_each and jsonb_array_elements_text.
 *
 * One json_tree walk per answer set yields every row to count:
 *  - the root (parent IS NULL): question '' / value '' counts the answer set;
 *  - each answer (parent 0): its value as text; a multiple choice gives ''
 *    (it was answered);
 *  - each chosen option (an element of a top-level array, path `$.question`).
 * Question ids are identifiers (answer-schema.ts), so a path is `$.` + the id.
 *
 * Values are the text JavaScript's String() gave them, as the former JS
 * counter did: numbers '3' (also from 3.0), true/false/null by name. Objects
 * and nested arrays, which the answer schema never lets in, count as JSON text.
 */
const valueText = (type: string, atom: string, json: string) => `CASE ${type}
    WHEN 'text' THEN ${atom}
    WHEN 'integer' THEN CAST(${atom} AS TEXT)
    WHEN 'real' THEN CASE WHEN ${atom} = CAST(${atom} AS INTEGER)
      THEN CAST(CAST(${atom} AS INTEGER) AS TEXT) ELSE CAST(${atom} AS TEXT) END
    WHEN 'array' THEN ''
    WHEN 'object' THEN ${json}
    ELSE ${type} END`;

// The reason for the visit: a text or number answer to BREAKDOWN_QUESTION, else ''.
const reasonPath = `'$.${BREAKDOWN_QUESTION}'`;
const GROUP = `CASE json_type(s.answers, ${reasonPath})
    WHEN 'text' THEN json_extract(s.answers, ${reasonPath})
    WHEN 'integer' THEN CAST(json_extract(s.answers, ${reasonPath}) AS TEXT)
    WHEN 'real' THEN ${valueText("'real'", `json_extract(s.answers, ${reasonPath})`, "''")}
    ELSE '' END`;

/**
 * A scratch table for one chunk: upserting each counted row into this small
 * temp b-tree (a few hundred keys, it stays in the page cache) beats GROUP BY,
 * whose sorter first sorts all ~13 rows per answer set (docs/performance.md).
 */
export const CREATE_CHUNK_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS answer_counts_chunk (${ANSWER_COUNTS_COLUMNS}) WITHOUT ROWID`;

export const CLEAR_CHUNK_SQL = 'DELETE FROM temp.answer_counts_chunk';

const SELECTED = `s.survey_id, s.day, s.office, s.flagged, ${GROUP},
    CASE WHEN t.parent IS NULL THEN '' WHEN t.parent = 0 THEN t.key ELSE substr(t.path, 3) END,
    CASE WHEN t.parent IS NULL THEN '' ELSE ${valueText('t.type', 't.atom', 't.value')} END`;

/**
 * The keys of the answer sets one chunk counts, taken from answer_sets_uncounted (filled by a
 * trigger on every insert, however a row got in; migration 4).
 */
export const CREATE_CHUNK_IDS_SQL =
  'CREATE TEMP TABLE IF NOT EXISTS answer_counts_ids (id INTEGER PRIMARY KEY)';
export const TAKE_CHUNK_IDS_SQL =
  'INSERT INTO temp.answer_counts_ids (id) SELECT id FROM answer_sets_uncounted LIMIT ?';
export const FORGET_CHUNK_IDS_SQL = `DELETE FROM answer_sets_uncounted
  WHERE id IN (SELECT id FROM temp.answer_counts_ids)`;
export const CLEAR_CHUNK_IDS_SQL = 'DELETE FROM temp.answer_counts_ids';

/** Counts the answer sets whose keys are in the chunk's id table into the chunk table. */
export const COUNT_CHUNK_SQL = `INSERT INTO temp.answer_counts_chunk (${KEY}, n)
  SELECT ${SELECTED}, 1
  FROM temp.answer_counts_ids c JOIN answer_sets s ON s.rowid = c.id, json_tree(s.answers) t
  WHERE (t.parent IS NULL OR t.parent = 0
      OR (typeof(t.key) = 'integer' AND t.path NOT GLOB '$.*[.[]*'))
  ON CONFLICT (${KEY}) DO UPDATE SET n = n + 1`;

/** Adds the chunk table to answer_counts. */
export const MERGE_CHUNK_SQL = `INSERT INTO answer_counts (${KEY}, n)
  SELECT ${KEY}, n FROM temp.answer_counts_chunk WHERE true
  ON CONFLICT (${KEY}) DO UPDATE SET n = n + excluded.n`;
