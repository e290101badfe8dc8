import { setImmediate as nextTurn } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import {
  CLEAR_CHUNK_IDS_SQL,
  CLEAR_CHUNK_SQL,
  COUNT_CHUNK_SQL,
  CREATE_CHUNK_IDS_SQL,
  CREATE_CHUNK_TABLE_SQL,
  FORGET_CHUNK_IDS_SQL,
  MERGE_CHUNK_SQL,
  TAKE_CHUNK_IDS_SQL,
} from './results-count-sql.ts';
import { inDeletedWave } from './retention-sql.ts';
import { singleFlight } from './single-flight.ts';

/**
 * Answer sets (rowids) counted per transaction: the longest a kiosk upload or
 * a health check waits for the counter is one such transaction (figures in
 * docs/performance.md).
 */
export const COUNT_CHUNK = 5_000;

/**
 * Keeps answer_counts in step with answer_sets, lazily: before each evaluation
 * query, the answer sets stored since the last count (their random keys in
 * answer_sets_uncounted) are counted in SQL (results-count-sql.ts), `chunk`
 * per transaction, and the event loop runs between
 * chunks, so a million new rows never freeze the server for their whole count.
 *
 * Why not count at ingest, in saveBatch's transaction: it cut the storing
 * rate to a third (docs/performance.md) to spare an evaluator a few seconds
 * once after a bulk load, and a lazy count also covers every way into
 * answer_sets. Deleting answer sets by hand needs `npm run evaluator -- recount`; the
 * deletion schedule (retention) counts before it deletes and keeps the counts.
 */
export function createCountKeeper(
  db: Database.Database,
  chunk = COUNT_CHUNK,
): {
  catchUp(): Promise<void>;
  recount(): Promise<number>;
} {
  db.exec(CREATE_CHUNK_TABLE_SQL);
  db.exec(CREATE_CHUNK_IDS_SQL);
  const clearIds = db.prepare(CLEAR_CHUNK_IDS_SQL);
  const takeIds = db.prepare(TAKE_CHUNK_IDS_SQL);
  const forgetIds = db.prepare(FORGET_CHUNK_IDS_SQL);
  const clearChunk = db.prepare(CLEAR_CHUNK_SQL);
  const countChunk = db.prepare(COUNT_CHUNK_SQL);
  const mergeChunk = db.prepare(MERGE_CHUNK_SQL);

  // One chunk in one transaction: its keys leave answer_sets_uncounted as their counts go in,
  // so a concurrent catch-up or recount can never count a row twice. False when none was left.
  const countNext = db.transaction((): boolean => {
    clearIds.run();
    if (takeIds.run(chunk).changes === 0) return false;
    clearChunk.run();
    countChunk.run();
    mergeChunk.run();
    clearChunk.run();
    forgetIds.run();
    clearIds.run();
    return true;
  });
  // The counts of a wave whose answer sets were deleted (retention) are all that is left of it:
  // they stay, and so does the queue of any set of its days still waiting to be counted.
  const reset = db.transaction(() => {
    db.prepare(`DELETE FROM answer_counts WHERE NOT ${inDeletedWave('answer_counts')}`).run();
    db.prepare(`DELETE FROM answer_sets_uncounted WHERE id NOT IN (
      SELECT rowid FROM answer_sets WHERE ${inDeletedWave('answer_sets')})`).run();
    db.prepare(`INSERT INTO answer_sets_uncounted (id)
      SELECT rowid FROM answer_sets WHERE NOT ${inDeletedWave('answer_sets')}`).run();
  });

  // Callers that arrive while a catch-up runs wait for it instead of starting a second loop.
  const catchUp = singleFlight(async () => {
    while (countNext.immediate()) await nextTurn();
  });

  return {
    catchUp,
    async recount() {
      reset.immediate();
      await catchUp();
      const total = db.prepare(
        "SELECT coalesce(SUM(n), 0) AS n FROM answer_counts WHERE question = ''",
      );
      return (total.get() as { n: number }).n;
    },
  };
}
