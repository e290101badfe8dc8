import { dollarParams, type Pg, type PgQuery } from './pg-connection.ts';
import { LOCK_ANSWER_SETS_MOVES, LOCK_ENVELOPES_MOVES } from './pg-move-rows.ts';
import { createPgCountKeeper } from './results-counts-pg.ts';
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
import { type DeletionOutcome, perSurvey, type RetentionStore } from './retention-store.ts';

/** The first key of the wave's advisory lock: "URNE" in ASCII, apart from any other lock. */
const LOCK_CLASS = 0x55524e45;

/** Thrown inside a dry run's transaction so that everything it did is rolled back. */
class DryRun extends Error {
  constructor(readonly outcome: DeletionOutcome) {
    super('dry run');
  }
}

const run = (q: PgQuery, text: string, params: (string | number)[]) =>
  q.unsafe(dollarParams(text), params);

/**
 * sqlite-retention-store.ts on PostgreSQL. Several server processes may run the daily job at the
 * same moment: the first to take the wave's advisory lock does the work, the others skip the wave
 * (deleteDue gives undefined), and one that takes the lock later finds the day already set and
 * nothing left, so a deletion happens and is recorded once.
 */
export function createPgRetentionStore(sql: Pg): RetentionStore {
  const counts = createPgCountKeeper(sql);
  return {
    async listWaveSchedules() {
      const rows = await run(sql, `${WAVE_SCHEDULES_SQL} ORDER BY w.from_day, w.id`, []);
      return (rows as unknown as WaveScheduleRow[]).map(toWaveSchedule);
    },
    async setWaveSchedule(waveId, keepSets, keepTexts) {
      return (await run(sql, SET_SCHEDULE_SQL, [keepSets, keepTexts, waveId])).count > 0;
    },
    async deleteTestAnswersBefore(before, dryRun) {
      const text = dryRun ? DUE_TEST_ANSWERS_SQL : DELETE_TEST_ANSWERS_SQL;
      return perSurvey((await run(sql, text, [before])) as unknown as { survey_id: string }[]);
    },
    async deleteDue(work) {
      // Counted first (other processes' counters too: the keys they hold are committed or
      // rolled back before our catch-up ends); a set stored after this waits for the next run.
      await counts.catchUp();
      try {
        return await sql.begin(async (tx) => {
          const [lock] = await tx<{ ok: boolean }[]>`
            SELECT pg_try_advisory_xact_lock(${LOCK_CLASS}, ${work.waveId}) AS ok`;
          if (!lock?.ok) return undefined;
          // Rows a batch or the counter moves at this moment (pg-move-rows.ts) would slip past
          // the deletion, deleted and inserted again under it: wait for them, as they wait for
          // each other.
          await tx.unsafe(LOCK_ANSWER_SETS_MOVES);
          await tx.unsafe(LOCK_ENVELOPES_MOVES);
          const outcome = { texts: 0, sets: 0, envelopes: 0, firstTexts: false, firstSets: false };
          const [row] = (await run(tx, `${WAVE_SCHEDULES_SQL} WHERE w.id = ?`, [
            work.waveId,
          ])) as unknown as WaveScheduleRow[];
          if (!row) return outcome;
          const w = toWaveSchedule(row);
          const range = [w.surveyId, w.from, w.to];
          if (work.texts) {
            const definitions = (await run(tx, SURVEY_DEFINITIONS_SQL, [
              w.surveyId,
            ])) as unknown as { definition: string }[];
            const questions = textQuestionIds(definitions.map((d) => d.definition));
            if (questions.length > 0) {
              const params = [...range, ...questions];
              const [total] = (await run(
                tx,
                countTextsSql(questions.length),
                params,
              )) as unknown as { n: string }[];
              outcome.texts = Number(total?.n ?? 0);
              await run(tx, collapseTextsSql(questions.length), params);
              await run(tx, deleteTextRowsSql(questions.length), params);
              for (const q of questions)
                await run(tx, blankTextSql('postgres'), [q, ...range, q, q]);
            }
            outcome.firstTexts = w.textsDeletedOn === null;
            await run(tx, MARK_TEXTS_SQL, [work.today, w.waveId]);
          }
          if (work.sets) {
            outcome.sets = (await run(tx, deleteSetsSql('postgres'), range)).count;
            if (w.sealed && !w.opened) {
              outcome.envelopes = (await run(tx, DELETE_ENVELOPES_SQL, [w.waveId])).count;
            }
            outcome.firstSets = w.setsDeletedOn === null;
            await run(tx, MARK_SETS_SQL, [work.today, w.waveId]);
          }
          if (work.dryRun) throw new DryRun(outcome);
          return outcome;
        });
      } catch (err) {
        if (err instanceof DryRun) return err.outcome;
        throw err;
      }
    },
  };
}
