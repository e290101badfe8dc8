import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { answersMac } from '../kiosk-tally.ts';
import { KIOSK_COLUMNS, type KioskRow, toKiosk } from './kiosk-row.ts';
import { createPgAccountStore } from './pg-account-store.ts';
import { createPgAuditStore } from './pg-audit-store.ts';
import { connectPostgres } from './pg-connection.ts';
import { createPgDraftStore } from './pg-draft-store.ts';
import { createPgEnrollmentStore } from './pg-enrollment-store.ts';
import { createPgLoginDelayStore } from './pg-login-delay-store.ts';
import { migratePostgres } from './pg-migrate.ts';
import { createPgPublicationStore } from './pg-publication-store.ts';
import { createPgResultsStore } from './pg-results-store.ts';
import { createPgRetentionStore } from './pg-retention-store.ts';
import { createPgSaveBatch } from './pg-save-batch.ts';
import { createPgTestRunStore } from './pg-test-run-store.ts';
import { createPgUrnStore } from './pg-urn-store.ts';
import type { ServerStore, StoreOptions } from './server-store.ts';

/**
 * The store on PostgreSQL (DATABASE_URL), for offices that run it and more than one server
 * process: every process opens its own pool on the same database. Same interface and guarantees
 * as sqlite-store.ts; what differs is said where it does (pg-save-batch.ts, results-counts-pg.ts).
 */
export async function openPostgresStore(
  url: string,
  options: StoreOptions = {},
): Promise<ServerStore> {
  const sql = connectPostgres(url);
  try {
    await migratePostgres(sql);
  } catch (err) {
    await sql.end();
    throw err;
  }
  const saveBatch = createPgSaveBatch(sql, answersMac(options.tallySecret));
  const kioskColumns = sql.unsafe(KIOSK_COLUMNS);
  return {
    ...createPgEnrollmentStore(sql),
    ...createPgResultsStore(sql),
    ...createPgUrnStore(sql),
    ...createPgAccountStore(sql),
    ...createPgAuditStore(sql),
    ...createPgLoginDelayStore(sql),
    ...createPgDraftStore(sql),
    ...createPgPublicationStore(sql),
    ...createPgRetentionStore(sql),
    ...createPgTestRunStore(sql),
    saveBatch,
    async findSurvey(surveyId, version) {
      const [row] = await sql<{ definition: string }[]>`
        SELECT definition FROM surveys WHERE survey_id = ${surveyId} AND version = ${version}`;
      return row ? (JSON.parse(row.definition) as SurveyDefinition) : undefined;
    },
    async addSurvey(surveyId, version, definition) {
      await sql`INSERT INTO surveys (survey_id, version, definition)
        VALUES (${surveyId}, ${version}, ${JSON.stringify(definition)}) ON CONFLICT DO NOTHING`;
    },
    async addKiosk(office, tokenHash, createdDay) {
      const [row] = await sql<{ id: number }[]>`
        INSERT INTO kiosks (office, token_hash, revoked, created_day)
        VALUES (${office}, ${tokenHash}, 0, ${createdDay}) RETURNING id`;
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      return { id: row.id, office, revoked: false, createdDay };
    },
    async findKioskByTokenHash(tokenHash) {
      const [row] = await sql<KioskRow[]>`
        SELECT ${kioskColumns} FROM kiosks WHERE token_hash = ${tokenHash}`;
      return row ? toKiosk(row) : undefined;
    },
    async listKiosks() {
      const rows = await sql<KioskRow[]>`SELECT ${kioskColumns} FROM kiosks ORDER BY id`;
      return rows.map(toKiosk);
    },
    async revokeKiosk(id) {
      return (await sql`UPDATE kiosks SET revoked = 1 WHERE id = ${id}`).count > 0;
    },
    async ping() {
      const [row] = await sql<{ ok: number }[]>`SELECT 1 AS ok`;
      return row?.ok === 1;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
