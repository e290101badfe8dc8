import type Database from 'better-sqlite3';
import {
  type EnrollmentStore,
  type OfficeSurvey,
  type OfficeSurveyRow,
  type RedeemOutcome,
  toOfficeSurvey,
} from './enrollment-store.ts';

interface CodeRow {
  office: string;
  expires_at: number;
  kiosk_id: number | null;
}

/** The SQLite side of provisioning, on the connection the main store opened and migrated. */
export function createSqliteEnrollmentStore(db: Database.Database): EnrollmentStore {
  const insertCode = db.prepare(
    'INSERT INTO enrollment_codes (code_hash, office, expires_at) VALUES (?, ?, ?)',
  );
  const findCode = db.prepare(
    'SELECT office, expires_at, kiosk_id FROM enrollment_codes WHERE code_hash = ?',
  );
  const insertKiosk = db.prepare(
    'INSERT INTO kiosks (office, token_hash, revoked, created_day) VALUES (?, ?, 0, ?)',
  );
  // `kiosk_id IS NULL` once more in the update: the row is claimed only if nobody claimed it first.
  const claimCode = db.prepare(
    'UPDATE enrollment_codes SET kiosk_id = ? WHERE code_hash = ? AND kiosk_id IS NULL',
  );
  const findOffice = db.prepare(
    'SELECT office, survey_id, survey_version, period_from, period_to FROM office_surveys WHERE office = ?',
  );
  const upsertOffice = db.prepare(
    `INSERT INTO office_surveys (office, survey_id, survey_version, period_from, period_to)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (office) DO UPDATE SET survey_id = excluded.survey_id,
       survey_version = excluded.survey_version, period_from = excluded.period_from,
       period_to = excluded.period_to`,
  );

  const redeem = db.transaction(
    (codeHash: string, now: number, tokenHash: string, createdDay: string): RedeemOutcome => {
      const row = findCode.get(codeHash) as CodeRow | undefined;
      if (!row) return { kind: 'unknown' };
      if (row.kiosk_id !== null) return { kind: 'used' };
      if (now > row.expires_at) return { kind: 'expired' };
      const id = Number(insertKiosk.run(row.office, tokenHash, createdDay).lastInsertRowid);
      if (claimCode.run(id, codeHash).changes !== 1) throw new Error('enrollment code race');
      return { kind: 'enrolled', kiosk: { id, office: row.office, revoked: false, createdDay } };
    },
  );

  return {
    async addEnrollmentCode({ codeHash, office, expiresAt }) {
      insertCode.run(codeHash, office, expiresAt);
    },
    async redeemEnrollmentCode(codeHash, now, kiosk) {
      return redeem.immediate(codeHash, now, kiosk.tokenHash, kiosk.createdDay);
    },
    async findOfficeSurvey(office) {
      const row = findOffice.get(office) as OfficeSurveyRow | undefined;
      return row ? toOfficeSurvey(row) : undefined;
    },
    async setOfficeSurvey(a: OfficeSurvey) {
      upsertOffice.run(a.office, a.surveyId, a.surveyVersion, a.from, a.to);
    },
  };
}
