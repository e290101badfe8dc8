import { connect } from '../src/server/store/sqlite-connection.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import type { AnswerSet } from '../src/shared/answer-schema.ts';

/**
 * The floor the endpoint is measured against: the same rows through one
 * prepared statement, on a database with the server's schema and pragmas
 * (WAL, synchronous = FULL). Returns answer sets per second.
 *
 * `perTransaction` = the number of rows per commit: Infinity is the bulk
 * insert the issue names (one transaction, one fsync); MAX_BATCH_SIZE shows
 * what the per-batch commit alone costs, which the server cannot avoid (it
 * must commit each batch durably before it answers 201).
 */
export function rawInsertRate(path: string, sets: AnswerSet[], perTransaction: number): number {
  void openSqliteStore(path).close(); // the server's migrations
  const db = connect(path); // and its pragmas (WAL, synchronous = FULL)
  const insert = db.prepare(
    'INSERT INTO answer_sets (survey_id, survey_version, office, day, answers, flagged) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertAll = db.transaction((rows: AnswerSet[]) => {
    for (const s of rows) {
      insert.run(
        s.surveyId,
        s.surveyVersion,
        s.office,
        s.day,
        JSON.stringify(s.answers),
        s.flagged ? 1 : 0,
      );
    }
  });
  const step = Math.min(perTransaction, sets.length);
  const start = performance.now();
  for (let i = 0; i < sets.length; i += step) insertAll.immediate(sets.slice(i, i + step));
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return sets.length / seconds;
}
