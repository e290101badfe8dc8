import { randomInt } from 'node:crypto';
import type { PgQuery } from './pg-connection.ts';

/**
 * PostgreSQL's part of keeping the order of arrival out of the database (docs/install.md). Its
 * tables are heaps: a row lies where it was inserted, and carries the id of the transaction that
 * wrote it (xmin), so rows inserted batch by batch lie, and are stamped, in the order the
 * visitors came. Random keys (day-keys.ts) hide nothing of that.
 *
 * So saveBatch moves, in the batch's own transaction, every row of each office's day the batch
 * touched: deletes them and inserts them again in random order. When it commits, the day's rows
 * of that office, old and new, lie in random order and share one xmin; no committed state ever
 * shows a stored batch in its place of arrival. That costs one day's rows of one office per
 * batch (a few hundred at a busy office), and leaves their old versions behind as dead rows
 * until VACUUM (migrations.ts, the step for many offices, has autovacuum come early for them).
 */

/**
 * Taken by every transaction that moves answer_sets rows: saveBatch here and the counter's chunks
 * (results-counts-pg.ts). The counter counts the rows its DELETE returns; a row moved by another
 * transaction at the same moment would be gone from under it, uncounted. One at a time, nothing
 * is lost, and two batches of one day never wait for each other crosswise.
 */
export const LOCK_ANSWER_SETS_MOVES = `SELECT pg_advisory_xact_lock(hashtext('urne moves answer_sets'))`;
export const LOCK_ENVELOPES_MOVES = `SELECT pg_advisory_xact_lock(hashtext('urne moves envelopes'))`;

/** The rows in random order (Fisher–Yates), so not even the insert (or the WAL) keeps the batch's. */
export function shuffled<T>(rows: readonly T[]): T[] {
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const distinct = <T>(items: readonly T[], key: (item: T) => string) => [
  ...new Map(items.map((i) => [key(i), i])).values(),
];

/**
 * Moves answer_sets' rows of each office's day in `sets` (see above), found through
 * answer_sets_by_office_day (migrations.ts), not among all offices' rows of the day.
 */
export async function moveAnswerSets(
  tx: PgQuery,
  sets: readonly { survey_id: string; office: string; day: string }[],
): Promise<void> {
  const groups = distinct(sets, (s) => `${s.survey_id}\n${s.office}\n${s.day}`);
  await tx.unsafe(LOCK_ANSWER_SETS_MOVES);
  await tx`WITH moved AS (
      DELETE FROM answer_sets WHERE (survey_id, office, day) IN (
        SELECT * FROM unnest(${tx.array(groups.map((g) => g.survey_id))}::text[],
          ${tx.array(groups.map((g) => g.office))}::text[],
          ${tx.array(groups.map((g) => g.day))}::text[]))
      RETURNING *)
    INSERT INTO answer_sets SELECT * FROM moved ORDER BY random()`;
}

/** Moves a sealed wave's envelopes of each office's day in `sets`, as moveAnswerSets. */
export async function moveEnvelopes(
  tx: PgQuery,
  sets: readonly { wave_id: number; office: string; day: string }[],
): Promise<void> {
  const groups = distinct(sets, (s) => `${s.wave_id}\n${s.office}\n${s.day}`);
  await tx.unsafe(LOCK_ENVELOPES_MOVES);
  await tx`WITH moved AS (
      DELETE FROM envelopes WHERE (wave_id, office, day) IN (
        SELECT * FROM unnest(${tx.array(groups.map((g) => g.wave_id))}::int[],
          ${tx.array(groups.map((g) => g.office))}::text[],
          ${tx.array(groups.map((g) => g.day))}::text[]))
      RETURNING *)
    INSERT INTO envelopes SELECT * FROM moved ORDER BY random()`;
}
