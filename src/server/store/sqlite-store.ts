import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { migrate } from './migrate.ts';
import { createSqliteResultsStore } from './results-sqlite.ts';
import type { ResultsStore } from './results-store.ts';
import type { IncomingBatch, Kiosk, SaveOutcome, ServerStore } from './server-store.ts';
import { createSqliteEnrollmentStore } from './sqlite-enrollment-store.ts';

interface KioskRow {
  id: number;
  office: string;
  revoked: number;
  created_day: string;
}

const toKiosk = (row: KioskRow): Kiosk => ({
  id: row.id,
  office: row.office,
  revoked: row.revoked !== 0,
  createdDay: row.created_day,
});

/**
 * The default store: one SQLite file in WAL mode (readers never block the
 * writer). `synchronous` stays FULL: once the kiosk hears 201 it deletes its
 * copy, so an acknowledged batch must survive a power cut.
 */
export function openSqliteStore(path: string): ServerStore & ResultsStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  migrate(db);

  // Prepared once: re-preparing per request is a measurable share of ingest time.
  const claimBatch = db.prepare(
    'INSERT INTO batches (batch_id, content_hash, answer_count) VALUES (?, ?, ?) ON CONFLICT (batch_id) DO NOTHING',
  );
  const findBatch = db.prepare('SELECT content_hash, answer_count FROM batches WHERE batch_id = ?');
  const insertAnswerSet = db.prepare(
    'INSERT INTO answer_sets (survey_id, survey_version, office, day, answers, flagged) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const kioskColumns = 'id, office, revoked, created_day';
  const kioskByHash = db.prepare(`SELECT ${kioskColumns} FROM kiosks WHERE token_hash = ?`);
  const surveyById = db.prepare(
    'SELECT definition FROM surveys WHERE survey_id = ? AND version = ?',
  );

  // Claim the batch id first: the primary key makes the check-then-insert
  // race-free, and a conflict rolls nothing in because nothing was written.
  const save = db.transaction((batch: IncomingBatch): SaveOutcome => {
    const { batchId, contentHash, answerSets } = batch;
    if (claimBatch.run(batchId, contentHash, answerSets.length).changes === 0) {
      const prior = findBatch.get(batchId) as { content_hash: string; answer_count: number };
      return prior.content_hash === contentHash
        ? { kind: 'duplicate', accepted: prior.answer_count }
        : { kind: 'conflict' };
    }
    for (const set of answerSets) {
      insertAnswerSet.run(
        set.surveyId,
        set.surveyVersion,
        set.office,
        set.day,
        JSON.stringify(set.answers),
        set.flagged ? 1 : 0,
      );
    }
    return { kind: 'stored', accepted: answerSets.length };
  });

  return {
    ...createSqliteEnrollmentStore(db),
    ...createSqliteResultsStore(db),
    async saveBatch(batch) {
      return save.immediate(batch);
    },
    async findSurvey(surveyId, version) {
      const row = surveyById.get(surveyId, version) as { definition: string } | undefined;
      return row ? (JSON.parse(row.definition) as SurveyDefinition) : undefined;
    },
    async addSurvey(surveyId, version, definition) {
      db.prepare(
        'INSERT INTO surveys (survey_id, version, definition) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ).run(surveyId, version, JSON.stringify(definition));
    },
    async addKiosk(office, tokenHash, createdDay) {
      const result = db
        .prepare(
          'INSERT INTO kiosks (office, token_hash, revoked, created_day) VALUES (?, ?, 0, ?)',
        )
        .run(office, tokenHash, createdDay);
      return { id: Number(result.lastInsertRowid), office, revoked: false, createdDay };
    },
    async findKioskByTokenHash(tokenHash) {
      const row = kioskByHash.get(tokenHash) as KioskRow | undefined;
      return row ? toKiosk(row) : undefined;
    },
    async listKiosks() {
      const rows = db.prepare(`SELECT ${kioskColumns} FROM kiosks ORDER BY id`).all() as KioskRow[];
      return rows.map(toKiosk);
    },
    async revokeKiosk(id) {
      return db.prepare('UPDATE kiosks SET revoked = 1 WHERE id = ?').run(id).changes > 0;
    },
    async ping() {
      return (db.prepare('SELECT 1 AS ok').get() as { ok: number }).ok === 1;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
