import { setImmediate as nextTurn } from 'node:timers/promises';
import { ANSWER_COUNTS_KEY as KEY } from './migrations.ts';
import type { Pg } from './pg-connection.ts';
import { LOCK_ANSWER_SETS_MOVES } from './pg-move-rows.ts';
import { COUNT_CHUNK } from './results-counts.ts';
import { BREAKDOWN_QUESTION } from './results-store.ts';
import { inDeletedWave } from './retention-sql.ts';
import { singleFlight } from './single-flight.ts';

/**
 * A JSON value as the text it is counted under, as results-count-sql.ts makes it on SQLite (and
 * the former JavaScript counter did): strings as they are, numbers without trailing zeros ('3'
 * also from 3.0), true/false/null by name, a multiple choice '' (its options are counted apart).
 */
const valueText = (json: string) => {
  const v = `(${json})`;
  return `CASE jsonb_typeof(${v})
    WHEN 'string' THEN ${v} #>> '{}'
    WHEN 'number' THEN trim_scale((${v} #>> '{}')::numeric)::text
    WHEN 'array' THEN ''
    WHEN 'object' THEN ${v}::text
    ELSE ${v} #>> '{}' END`;
};

const reason = `(m.answers::jsonb -> '${BREAKDOWN_QUESTION}')`;
const GROUP = `CASE jsonb_typeof(${reason}) WHEN 'string' THEN ${reason} #>> '{}'
    WHEN 'number' THEN ${valueText(reason)} ELSE '' END`;

/**
 * One chunk counted in one statement, so it commits or rolls back whole: its keys leave
 * answer_sets_uncounted (locked, so a counter in another process waits rather than counting them
 * too), their rows are counted into answer_counts — the set itself ('' / ''), each answer, each
 * chosen option — and they are moved: deleted and inserted again in random order.
 *
 * The move is PostgreSQL's part of keeping arrival order out of the database. Its tables are heaps
 * in insertion order and every row carries the id of the transaction that wrote it (xmin), so the
 * random keys alone (day-keys.ts) would not hide which visitor came after which. Re-inserted
 * together, the counted rows lie in random order and share one transaction id. saveBatch has
 * moved them once already, with the rest of their office's day (pg-move-rows.ts).
 */
const COUNT_CHUNK_SQL = `WITH ids AS (
    DELETE FROM answer_sets_uncounted WHERE id IN (
      SELECT id FROM answer_sets_uncounted LIMIT $1 FOR UPDATE)
    RETURNING id),
  moved AS (DELETE FROM answer_sets s USING ids WHERE s.id = ids.id RETURNING s.*),
  shuffled AS (INSERT INTO answer_sets SELECT * FROM moved ORDER BY random()),
  items AS (
    SELECT m.survey_id, m.day, m.office, m.flagged, ${GROUP} AS grp, e.question, e.value
    FROM moved m CROSS JOIN LATERAL (
      SELECT '' AS question, '' AS value
      UNION ALL SELECT a.key, ${valueText('a.value')} FROM jsonb_each(m.answers::jsonb) a
      UNION ALL SELECT a.key, ${valueText('o.value')} FROM jsonb_each(m.answers::jsonb) a
        CROSS JOIN LATERAL jsonb_array_elements(
          CASE jsonb_typeof(a.value) WHEN 'array' THEN a.value ELSE '[]'::jsonb END) o
    ) e),
  counted AS (
    INSERT INTO answer_counts (${KEY}, n) SELECT ${KEY}, COUNT(*) FROM items GROUP BY ${KEY}
    ON CONFLICT (${KEY}) DO UPDATE SET n = answer_counts.n + excluded.n)
  SELECT COUNT(*)::int AS n FROM ids`;

/** results-counts.ts on PostgreSQL: the same lazy counting, chunk by chunk. */
export function createPgCountKeeper(
  sql: Pg,
  chunk = COUNT_CHUNK,
): { catchUp(): Promise<void>; recount(): Promise<number> } {
  const countNext = async (): Promise<boolean> => {
    // One mover at a time (pg-move-rows.ts): a row saveBatch moved away under this chunk's DELETE
    // would leave the queue uncounted.
    const [row] = await sql.begin(async (tx) => {
      await tx.unsafe(LOCK_ANSWER_SETS_MOVES);
      return tx.unsafe<{ n: number }[]>(COUNT_CHUNK_SQL, [chunk]);
    });
    if ((row?.n ?? 0) > 0) return true;
    // None taken can also mean another process's counter held (and then took) the first keys.
    const [left] = await sql<{ any: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM answer_sets_uncounted) AS any`;
    return left?.any ?? false;
  };
  const catchUp = singleFlight(async () => {
    while (await countNext()) await nextTurn();
  });
  return {
    catchUp,
    async recount() {
      await sql.begin(async (tx) => {
        // A counter in another process finishes its chunk first, and starts none meanwhile.
        await tx`LOCK TABLE answer_sets_uncounted IN EXCLUSIVE MODE`;
        // As on SQLite: a wave whose answer sets were deleted keeps its counts (retention).
        await tx.unsafe(`DELETE FROM answer_counts WHERE NOT ${inDeletedWave('answer_counts')}`);
        await tx.unsafe(`DELETE FROM answer_sets_uncounted WHERE id NOT IN (
          SELECT id FROM answer_sets WHERE ${inDeletedWave('answer_sets')})`);
        await tx.unsafe(`INSERT INTO answer_sets_uncounted (id)
          SELECT id FROM answer_sets WHERE NOT ${inDeletedWave('answer_sets')}`);
      });
      await catchUp();
      const [total] = await sql<{ n: number }[]>`
        SELECT coalesce(SUM(n), 0)::int AS n FROM answer_counts WHERE question = ''`;
      return total?.n ?? 0;
    },
  };
}
