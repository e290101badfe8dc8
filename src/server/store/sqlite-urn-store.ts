import type Database from 'better-sqlite3';
import type { AnswerSet } from '../../shared/answer-schema.ts';
import { canonicalJson } from '../../shared/survey/survey-version.ts';
import { dayKeys } from './day-keys.ts';
import { ENVELOPE_COLUMNS, type EnvelopeRow, toStoredEnvelope } from './envelope-row.ts';
import { type OpeningRow, toOpening } from './urn-opening-row.ts';
import type { UrnCommit, UrnOpening, UrnStore } from './urn-store.ts';

/** UrnStore on the main store's connection (secure_delete is on there, sqlite-connection.ts). */
export function createSqliteUrnStore(db: Database.Database): UrnStore {
  const openingOf = db.prepare('SELECT * FROM urn_openings WHERE wave_id = ?');
  const insertSet = db.prepare(
    'INSERT INTO answer_sets (rowid, survey_id, survey_version, office, day, answers, flagged) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const deleteEnvelopes = db.prepare('DELETE FROM envelopes WHERE wave_id = ?');
  const insertOpening = db.prepare(
    `INSERT INTO urn_openings (wave_id, opened_at, holders, received, valid, invalid, duplicates, ciphertext_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const commit = db.transaction((o: UrnOpening, sets: readonly AnswerSet[]): UrnCommit => {
    if (openingOf.get(o.waveId)) return { kind: 'already-opened' };
    // Envelopes are only ever added before the opening, so an equal count is the same urn the
    // caller read; a late batch that slipped in must not be deleted unread.
    if (deleteEnvelopes.run(o.waveId).changes !== o.received) {
      throw new UrnChanged();
    }
    const keys = dayKeys(sets.map((s) => s.day));
    sets.forEach((s, i) => {
      const answers = canonicalJson(s.answers);
      insertSet.run(
        keys[i],
        s.surveyId,
        s.surveyVersion,
        s.office,
        s.day,
        answers,
        s.flagged ? 1 : 0,
      );
    });
    insertOpening.run(
      o.waveId,
      o.openedAt,
      JSON.stringify(o.holders),
      o.received,
      o.valid,
      o.invalid,
      o.duplicates,
      o.ciphertextSha256,
    );
    return { kind: 'opened', compacted: false };
  });

  return {
    async listEnvelopes(waveId) {
      const rows = db
        .prepare(`SELECT ${ENVELOPE_COLUMNS} FROM envelopes WHERE wave_id = ?`)
        .all(waveId) as EnvelopeRow[];
      return rows.map(toStoredEnvelope);
    },
    async countEnvelopesPerWave() {
      const rows = db
        .prepare('SELECT wave_id, COUNT(*) AS n FROM envelopes GROUP BY wave_id')
        .all() as { wave_id: number; n: number }[];
      return new Map(rows.map((r) => [r.wave_id, r.n]));
    },
    async findUrnOpening(waveId) {
      const row = openingOf.get(waveId) as OpeningRow | undefined;
      return row && toOpening(row);
    },
    async commitUrnOpening(opening, sets) {
      let outcome: UrnCommit;
      try {
        outcome = commit.immediate(opening, sets);
      } catch (err) {
        if (err instanceof UrnChanged) return { kind: 'urn-changed' };
        throw err;
      }
      if (outcome.kind !== 'opened') return outcome;
      return { kind: 'opened', compacted: compact(db) };
    },
  };
}

/** Thrown inside the transaction so it rolls back; never leaves this file. */
class UrnChanged extends Error {}

/**
 * secure_delete has overwritten the envelopes' cells; VACUUM rewrites the file without the freed
 * pages, and the checkpoint moves the result out of the WAL and truncates it, so no older page
 * image with ciphertext stays in either file. A reader on another connection can keep the
 * checkpoint from finishing: then false, and the next checkpoint finishes the job.
 */
function compact(db: Database.Database): boolean {
  try {
    db.exec('VACUUM');
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  }
}
