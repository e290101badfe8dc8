import type Database from 'better-sqlite3';
import { canonicalJson } from '../../shared/survey/survey-version.ts';
import type { Batch } from '../../shared/wire-schema.ts';
import { answersMac, type KioskDay, tallySet } from '../kiosk-tally.ts';
import { dayKeys } from './day-keys.ts';
import type { BatchSender, SaveOutcome } from './server-store.ts';
import { sqliteBatchIdClaim } from './sqlite-batch-claim.ts';

/**
 * ServerStore.saveBatch on SQLite: one synchronous transaction per batch, so
 * a batch is stored whole or not at all, and its commit (synchronous = FULL,
 * sqlite-connection.ts) is durable before the caller answers 201.
 *
 * The batch id is claimed first (sqlite-batch-claim.ts). Two copies of one batch arriving at the same moment are
 * two transactions one after the other; the second finds the claim.
 */
export function createSqliteSaveBatch(
  db: Database.Database,
  mac = answersMac(),
): (batch: Batch, from?: BatchSender) => SaveOutcome {
  const tally = kioskDayTally(db, mac);
  const claimBatchId = sqliteBatchIdClaim(db);
  // A random key within its day for every row (dayKeys): answer_sets is stored in key order, so
  // rows that got keys in arrival order would say which visitor of a day came after which.
  const insert = db.prepare(
    'INSERT INTO answer_sets (rowid, survey_id, survey_version, office, day, answers, flagged) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // A sealed wave's sets go into its urn, keyed the same way: envelopes would otherwise keep the order too.
  const insertEnvelope = db.prepare(
    'INSERT INTO envelopes (rowid, wave_id, survey_id, survey_version, office, day, enc, ct, flagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );

  const save = db.transaction((batch: Batch, from?: BatchSender): SaveOutcome => {
    const claim = claimBatchId(batch);
    if (claim.kind !== 'claimed') return claim;
    const keys = dayKeys(batch.answerSets.map((set) => set.day));
    const days = from && tally.forBatch(from);
    if (batch.sealed) {
      batch.answerSets.forEach((set, i) => {
        // Tallied by its ciphertext: the count per kiosk day still flags, but a run of identical
        // sets cannot be seen, as every sealing differs (a fresh HPKE context per set). The
        // kiosk's own flag travels sealed; this column holds only the server's.
        const flagged = days?.count(set.day, set.ct) ? 1 : 0;
        const { wave, surveyId, surveyVersion, office, day, enc, ct } = set;
        insertEnvelope.run(keys[i], wave, surveyId, surveyVersion, office, day, enc, ct, flagged);
      });
    } else {
      batch.answerSets.forEach((set, i) => {
        // Answers in canonical key order, so the column holds the same text however they arrived.
        const answers = canonicalJson(set.answers);
        const suspicious = days?.count(set.day, answers) ?? false;
        const flagged = set.flagged || suspicious ? 1 : 0;
        insert.run(keys[i], set.surveyId, set.surveyVersion, set.office, set.day, answers, flagged);
      });
    }
    days?.save();
    return { kind: 'stored', accepted: batch.answerSets.length };
  });
  // IMMEDIATE: take the write lock at BEGIN, so two writers wait for each other (busy timeout)
  // instead of one failing when it upgrades from reading.
  return (batch, from) => save.immediate(batch, from);
}

/** The kiosk_days table: each set stored by a kiosk moves its day's tally (kiosk-tally.ts). */
function kioskDayTally(db: Database.Database, mac: (answers: string) => string) {
  const read = db.prepare(
    'SELECT sets, last_mac AS lastMac, run FROM kiosk_days WHERE kiosk_id = ? AND day = ?',
  );
  const write = db.prepare(
    `INSERT INTO kiosk_days (kiosk_id, day, sets, last_mac, run) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kiosk_id, day) DO UPDATE SET sets = excluded.sets,
       last_mac = excluded.last_mac, run = excluded.run`,
  );
  return {
    /**
     * One batch's tallies, inside saveBatch's transaction: each day it touches is read once,
     * counted set by set in memory, and written once by `save`.
     */
    forBatch(from: BatchSender) {
      const days = new Map<string, KioskDay>();
      return {
        /** Counts one set; true when it is to be flagged. */
        count(day: string, answers: string): boolean {
          const before =
            days.get(day) ?? (read.get(from.kioskId, day) as KioskDay | undefined) ?? EMPTY_DAY;
          const next = tallySet(before, mac(answers), from.limits);
          days.set(day, next.day);
          return next.suspicious;
        },
        save(): void {
          for (const [day, d] of days) write.run(from.kioskId, day, d.sets, d.lastMac, d.run);
        },
      };
    },
  };
}

const EMPTY_DAY: KioskDay = { sets: 0, lastMac: '', run: 0 };
