import {
  type EnrollmentStore,
  type OfficeSurvey,
  type OfficeSurveyRow,
  type RedeemOutcome,
  toOfficeSurvey,
} from './enrollment-store.ts';
import type { Pg } from './pg-connection.ts';

/** sqlite-enrollment-store.ts on PostgreSQL. */
export function createPgEnrollmentStore(sql: Pg): EnrollmentStore {
  return {
    async addEnrollmentCode({ codeHash, office, expiresAt }) {
      await sql`INSERT INTO enrollment_codes (code_hash, office, expires_at)
        VALUES (${codeHash}, ${office}, ${expiresAt})`;
    },
    redeemEnrollmentCode(codeHash, now, kiosk) {
      // One transaction; FOR UPDATE makes a second redemption of the same code (in any process)
      // wait for the first and then read the code as used.
      return sql.begin(async (tx): Promise<RedeemOutcome> => {
        const [row] = await tx<{ office: string; expires_at: string; kiosk_id: number | null }[]>`
          SELECT office, expires_at, kiosk_id FROM enrollment_codes
          WHERE code_hash = ${codeHash} FOR UPDATE`;
        if (!row) return { kind: 'unknown' };
        if (row.kiosk_id !== null) return { kind: 'used' };
        if (now > Number(row.expires_at)) return { kind: 'expired' };
        const [added] = await tx<{ id: number }[]>`
          INSERT INTO kiosks (office, token_hash, revoked, created_day)
          VALUES (${row.office}, ${kiosk.tokenHash}, 0, ${kiosk.createdDay}) RETURNING id`;
        if (!added) throw new Error('INSERT … RETURNING gave no row');
        await tx`UPDATE enrollment_codes SET kiosk_id = ${added.id} WHERE code_hash = ${codeHash}`;
        const createdDay = kiosk.createdDay;
        return {
          kind: 'enrolled',
          kiosk: { id: added.id, office: row.office, revoked: false, createdDay },
        };
      });
    },
    async findOfficeSurvey(office) {
      const [row] = await sql<OfficeSurveyRow[]>`
        SELECT office, survey_id, survey_version, period_from, period_to
        FROM office_surveys WHERE office = ${office}`;
      return row && toOfficeSurvey(row);
    },
    async setOfficeSurvey(a: OfficeSurvey) {
      await sql`INSERT INTO office_surveys (office, survey_id, survey_version, period_from, period_to)
        VALUES (${a.office}, ${a.surveyId}, ${a.surveyVersion}, ${a.from}, ${a.to})
        ON CONFLICT (office) DO UPDATE SET survey_id = excluded.survey_id,
          survey_version = excluded.survey_version, period_from = excluded.period_from,
          period_to = excluded.period_to`;
    },
  };
}
