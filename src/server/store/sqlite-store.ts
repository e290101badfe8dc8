import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { answersMac } from '../kiosk-tally.ts';
import { KIOSK_COLUMNS, type KioskRow, toKiosk } from './kiosk-row.ts';
import { migrate } from './migrate.ts';
import { createSqliteResultsStore } from './results-sqlite.ts';
import type { ResultsStore } from './results-store.ts';
import type { ServerStore, StoreOptions } from './server-store.ts';
import { createSqliteAccountStore } from './sqlite-account-store.ts';
import { createSqliteAuditStore } from './sqlite-audit-store.ts';
import { connect } from './sqlite-connection.ts';
import { createSqliteDraftStore } from './sqlite-draft-store.ts';
import { createSqliteEnrollmentStore } from './sqlite-enrollment-store.ts';
import { createSqliteLoginDelayStore } from './sqlite-login-delay-store.ts';
import { createSqlitePublicationStore } from './sqlite-publication-store.ts';
import { createSqliteRetentionStore } from './sqlite-retention-store.ts';
import { createSqliteSaveBatch } from './sqlite-save-batch.ts';
import { createSqliteTestRunStore } from './sqlite-test-run-store.ts';
import { createSqliteUrnStore } from './sqlite-urn-store.ts';

/**
 * The default store: one SQLite file (sqlite-connection.ts: WAL, durable
 * commits) on one connection, in the process that serves HTTP. The CLIs open
 * the same file with a connection of their own.
 */
export function openSqliteStore(
  path: string,
  options: StoreOptions = {},
): ServerStore & ResultsStore {
  const db = connect(path);
  migrate(db);

  // Prepared once: every upload looks its kiosk up, every check its survey.
  const kioskByHash = db.prepare(`SELECT ${KIOSK_COLUMNS} FROM kiosks WHERE token_hash = ?`);
  const surveyById = db.prepare(
    'SELECT definition FROM surveys WHERE survey_id = ? AND version = ?',
  );

  const saveBatch = createSqliteSaveBatch(db, answersMac(options.tallySecret));

  return {
    ...createSqliteEnrollmentStore(db),
    ...createSqliteResultsStore(db),
    ...createSqliteUrnStore(db),
    ...createSqliteAccountStore(db),
    ...createSqliteAuditStore(db),
    ...createSqliteLoginDelayStore(db),
    ...createSqliteDraftStore(db),
    ...createSqlitePublicationStore(db),
    ...createSqliteRetentionStore(db),
    ...createSqliteTestRunStore(db),
    saveBatch: async (batch, from) => saveBatch(batch, from),
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
      const rows = db
        .prepare(`SELECT ${KIOSK_COLUMNS} FROM kiosks ORDER BY id`)
        .all() as KioskRow[];
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
