import type { AnswerSet } from '../../shared/answer-schema.ts';
import { canonicalJson } from '../../shared/survey/survey-version.ts';
import type { Batch } from '../../shared/wire-schema.ts';
import { answersMac, type KioskDay, tallySet } from '../kiosk-tally.ts';
import { dayKeys } from './day-keys.ts';
import { claimBatchId } from './pg-batch-claim.ts';
import type { Pg, PgQuery } from './pg-connection.ts';
import { moveAnswerSets, moveEnvelopes, shuffled } from './pg-move-rows.ts';
import type { BatchSender, SaveOutcome } from './server-store.ts';

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement. */
const ROWS_PER_INSERT = 5_000;

/**
 * ServerStore.saveBatch on PostgreSQL, with sqlite-save-batch.ts's guarantees: one transaction
 * per batch (begin() keeps it on one connection; any error rolls it back whole), and the batch
 * id claimed first (pg-batch-claim.ts), where a second delivery of the same batch waits. The
 * commit returns once it is durable (synchronous_commit on, PostgreSQL's default). Before it, the
 * rows of each office's day the batch touched are moved (pg-move-rows.ts): the batch never lies
 * in a committed table in the order it arrived.
 */
export function createPgSaveBatch(
  sql: Pg,
  mac = answersMac(),
): (batch: Batch, from?: BatchSender) => Promise<SaveOutcome> {
  return (batch, from) =>
    sql.begin(async (tx): Promise<SaveOutcome> => {
      const claim = await claimBatchId(tx, batch);
      if (claim.kind !== 'claimed') return claim;
      // Random keys within the day, as on SQLite (day-keys.ts), as decimal text: 63 bits.
      const keys = dayKeys(batch.answerSets.map((set) => set.day));
      const days = from && (await lockKioskDays(tx, from, batch.answerSets, mac));
      if (batch.sealed) {
        const rows = batch.answerSets.map((set, i) => ({
          id: String(keys[i]),
          wave_id: set.wave,
          survey_id: set.surveyId,
          survey_version: set.surveyVersion,
          office: set.office,
          day: set.day,
          enc: set.enc,
          ct: set.ct,
          // By ciphertext, as on SQLite: the count per kiosk day still flags.
          flagged: days?.count(set.day, set.ct) ? 1 : 0,
        }));
        await insertRows(tx, 'envelopes', shuffled(rows));
        await moveEnvelopes(tx, rows);
      } else {
        const rows = batch.answerSets.map((set, i) => {
          const answers = canonicalJson(set.answers);
          const suspicious = days?.count(set.day, answers) ?? false;
          return {
            id: String(keys[i]),
            survey_id: set.surveyId,
            survey_version: set.surveyVersion,
            office: set.office,
            day: set.day,
            answers,
            flagged: set.flagged || suspicious ? 1 : 0,
          };
        });
        await insertAnswerSets(tx, rows);
        await moveAnswerSets(tx, rows);
      }
      await days?.save();
      return { kind: 'stored', accepted: batch.answerSets.length };
    });
}

/** A row of answer_sets as the store writes it: `id` is the 63-bit key as decimal text. */
export interface AnswerSetRow {
  id: string;
  survey_id: string;
  survey_version: string;
  office: string;
  day: string;
  answers: string;
  flagged: number;
}

/**
 * Answer sets as rows under random keys within their days (day-keys.ts), flagged as their kiosk
 * marked them: how an opened urn's sets and test sets are stored (a batch adds the tally's flag).
 */
export function toAnswerSetRows(sets: readonly AnswerSet[]): AnswerSetRow[] {
  const keys = dayKeys(sets.map((s) => s.day));
  return sets.map((s, i) => ({
    id: String(keys[i]),
    survey_id: s.surveyId,
    survey_version: s.surveyVersion,
    office: s.office,
    day: s.day,
    answers: canonicalJson(s.answers),
    flagged: s.flagged ? 1 : 0,
  }));
}

/**
 * Inserts answer sets, in random order (pg-move-rows.ts), and queues them for the counter
 * (results-counts-pg.ts). No trigger does the queueing here: the counter and saveBatch move rows
 * by re-inserting them, which must not queue them again.
 */
export async function insertAnswerSets(tx: PgQuery, sets: readonly AnswerSetRow[]): Promise<void> {
  const rows = shuffled(sets);
  await insertRows(tx, 'answer_sets', rows);
  await insertRows(
    tx,
    'answer_sets_uncounted',
    rows.map((r) => ({ id: r.id })),
  );
}

async function insertRows(tx: PgQuery, table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await tx`INSERT INTO ${tx(table)} ${tx(chunk as Record<string, string | number>[])}`;
  }
}

/**
 * The kiosk's day tallies for this batch (kiosk-tally.ts), locked: on SQLite one writer at a time
 * serialises them, here two batches of one kiosk in two processes could both read a day and one
 * overwrite the other's count. Each day's row is created if missing, then locked FOR UPDATE, in
 * day order so two batches never wait for each other crosswise.
 */
async function lockKioskDays(
  tx: PgQuery,
  from: BatchSender,
  sets: readonly { day: string }[],
  mac: (answers: string) => string,
) {
  const dayList = [...new Set(sets.map((s) => s.day))].sort();
  await tx`INSERT INTO kiosk_days ${tx(
    dayList.map((day) => ({ kiosk_id: from.kioskId, day, sets: 0, last_mac: '', run: 0 })),
  )} ON CONFLICT (kiosk_id, day) DO NOTHING`;
  const rows = await tx<(KioskDay & { day: string })[]>`
    SELECT day, sets, last_mac AS "lastMac", run FROM kiosk_days
    WHERE kiosk_id = ${from.kioskId} AND day IN ${tx(dayList)} ORDER BY day FOR UPDATE`;
  const days = new Map(rows.map(({ day, ...d }) => [day, d as KioskDay]));
  return {
    /** Counts one set; true when it is to be flagged. */
    count(day: string, answers: string): boolean {
      const next = tallySet(days.get(day) ?? EMPTY_DAY, mac(answers), from.limits);
      days.set(day, next.day);
      return next.suspicious;
    },
    async save(): Promise<void> {
      for (const [day, d] of days) {
        await tx`UPDATE kiosk_days SET sets = ${d.sets}, last_mac = ${d.lastMac}, run = ${d.run}
          WHERE kiosk_id = ${from.kioskId} AND day = ${day}`;
      }
    },
  };
}

const EMPTY_DAY: KioskDay = { sets: 0, lastMac: '', run: 0 };
