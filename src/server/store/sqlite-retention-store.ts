import type Database from 'better-sqlite3';
import { createCountKeeper } from './results-counts.ts';
import {
  blankTextSql,
  collapseTextsSql,
  countTextsSql,
  DELETE_ENVELOPES_SQL,
  DELETE_TEST_ANSWERS_SQL,
  DUE_TEST_ANSWERS_SQL,
  deleteSetsSql,
  deleteTextRowsSql,
  MARK_SETS_SQL,
  MARK_TEXTS_SQL,
  SET_SCHEDULE_SQL,
  SURVEY_DEFINITIONS_SQL,
  textQuestionIds,
  toWaveSchedule,
  WAVE_SCHEDULES_SQL,
  type WaveScheduleRow,
} from './retention-sql.ts';
import {
  type DeletionOutcome,
  type DeletionWork,
  perSurvey,
  type RetentionStore,
} from './retention-store.ts';

/** Thrown inside a dry run's transaction so that everything it did is rolled back. */
class DryRun extends Error {
  constructor(readonly outcome: DeletionOutcome) {
    super('dry run');
  }
}

/** RetentionStore on the main store's connection (secure_delete is on: deleted cells are zeroed). */
export function createSqliteRetentionStore(db: Database.Database): RetentionStore {
  // A second keeper on the same connection is safe: each chunk is one synchronous transaction.
  const counts = createCountKeeper(db);
  const one = db.prepare(`${WAVE_SCHEDULES_SQL} WHERE w.id = ?`);

  const deleteNow = db.transaction((work: DeletionWork): DeletionOutcome => {
    const row = one.get(work.waveId) as WaveScheduleRow | undefined;
    const outcome = { texts: 0, sets: 0, envelopes: 0, firstTexts: false, firstSets: false };
    if (!row) return outcome;
    const w = toWaveSchedule(row);
    const range = [w.surveyId, w.from, w.to];
    if (work.texts) {
      const definitions = db.prepare(SURVEY_DEFINITIONS_SQL).all(w.surveyId) as {
        definition: string;
      }[];
      const questions = textQuestionIds(definitions.map((d) => d.definition));
      if (questions.length > 0) {
        const params = [...range, ...questions];
        outcome.texts = (
          db.prepare(countTextsSql(questions.length)).get(...params) as {
            n: number;
          }
        ).n;
        db.prepare(collapseTextsSql(questions.length)).run(...params);
        db.prepare(deleteTextRowsSql(questions.length)).run(...params);
        const blank = db.prepare(blankTextSql('sqlite'));
        for (const q of questions) blank.run(`$.${q}`, ...range, `$.${q}`, `$.${q}`);
      }
      outcome.firstTexts = w.textsDeletedOn === null;
      db.prepare(MARK_TEXTS_SQL).run(work.today, w.waveId);
    }
    if (work.sets) {
      outcome.sets = db.prepare(deleteSetsSql('sqlite')).run(...range).changes;
      if (w.sealed && !w.opened) {
        outcome.envelopes = db.prepare(DELETE_ENVELOPES_SQL).run(w.waveId).changes;
      }
      outcome.firstSets = w.setsDeletedOn === null;
      db.prepare(MARK_SETS_SQL).run(work.today, w.waveId);
    }
    if (work.dryRun) throw new DryRun(outcome);
    return outcome;
  });

  return {
    async listWaveSchedules() {
      const rows = db
        .prepare(`${WAVE_SCHEDULES_SQL} ORDER BY w.from_day, w.id`)
        .all() as WaveScheduleRow[];
      return rows.map(toWaveSchedule);
    },
    async setWaveSchedule(waveId, keepSets, keepTexts) {
      return db.prepare(SET_SCHEDULE_SQL).run(keepSets, keepTexts, waveId).changes > 0;
    },
    async deleteTestAnswersBefore(before, dryRun) {
      const sql = dryRun ? DUE_TEST_ANSWERS_SQL : DELETE_TEST_ANSWERS_SQL;
      return perSurvey(db.prepare(sql).all(before) as { survey_id: string }[]);
    },
    async deleteDue(work) {
      // Counted first, so the counts hold every set before any is deleted; what arrives between
      // this and the transaction stays uncounted and is left for the next run.
      await counts.catchUp();
      try {
        return deleteNow.immediate(work);
      } catch (err) {
        if (err instanceof DryRun) return err.outcome;
        throw err;
      }
    },
  };
}
