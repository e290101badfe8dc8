import type { MessagePort } from 'node:worker_threads';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { inThreadWriter, portWriter, threadWriter } from './batch-writer.ts';
import { migrate } from './migrate.ts';
import { createSqliteResultsStore } from './results-sqlite.ts';
import type { ResultsStore } from './results-store.ts';
import type { Kiosk, ServerStore } from './server-store.ts';
import { connect } from './sqlite-connection.ts';
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
 * The default store: one SQLite file (sqlite-connection.ts: WAL, durable
 * commits). Answer sets are written by a batch writer on a second
 * connection in its own thread (batch-writer.ts); everything else — kiosks,
 * surveys, enrollment, results — uses this one.
 */
export function openSqliteStore(
  path: string,
  options: { writerPort?: MessagePort } = {},
): ServerStore & ResultsStore {
  const db = connect(path);
  migrate(db);

  // Prepared once: re-preparing per request is a measurable share of ingest time.
  const kioskColumns = 'id, office, revoked, created_day';
  const kioskByHash = db.prepare(`SELECT ${kioskColumns} FROM kiosks WHERE token_hash = ?`);
  const surveyById = db.prepare(
    'SELECT definition FROM surveys WHERE survey_id = ? AND version = ?',
  );

  // An intake thread writes through the writer thread the server started (writerPort); for
  // tools, a writer thread starts with the first batch, and never if they store none.
  const writer =
    path === ':memory:'
      ? inThreadWriter(db)
      : options.writerPort
        ? portWriter(options.writerPort)
        : threadWriter(path);

  return {
    ...createSqliteEnrollmentStore(db),
    ...createSqliteResultsStore(db),
    saveBatch: (batch) => writer.save(batch),
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
      await writer.close();
      if (db.open) db.close();
    },
  };
}
