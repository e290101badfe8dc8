import type { Kiosk } from './server-store.ts';

/** Which survey an office runs, and on which days (both inclusive, YYYY-MM-DD). */
export interface OfficeSurvey {
  office: string;
  surveyId: string;
  surveyVersion: string;
  from: string;
  to: string;
}

/** A new one-time code; only its hash is kept. */
export interface NewEnrollmentCode {
  codeHash: string;
  office: string;
  /** Epoch milliseconds after which the code no longer works. */
  expiresAt: number;
}

/** What redeeming a code did: a kiosk was registered, or why not (then nothing changed). */
export type RedeemOutcome =
  | { kind: 'enrolled'; kiosk: Kiosk }
  | { kind: 'unknown' }
  | { kind: 'used' }
  | { kind: 'expired' };

/**
 * Storage for provisioning, composed into ServerStore.
 *
 * Contract of `redeemEnrollmentCode`: looking the code up, registering the
 * kiosk and marking the code used happen in ONE transaction, so a code opened
 * twice at the same moment enrolls one kiosk, and a failure enrolls none.
 */
export interface EnrollmentStore {
  addEnrollmentCode(code: NewEnrollmentCode): Promise<void>;
  redeemEnrollmentCode(
    codeHash: string,
    now: number,
    kiosk: { tokenHash: string; createdDay: string },
  ): Promise<RedeemOutcome>;
  findOfficeSurvey(office: string): Promise<OfficeSurvey | undefined>;
  /** Inserts or replaces the office's survey and period. */
  setOfficeSurvey(assignment: OfficeSurvey): Promise<void>;
}

/** A row of `office_surveys`, as both stores read it. */
export interface OfficeSurveyRow {
  office: string;
  survey_id: string;
  survey_version: string;
  period_from: string;
  period_to: string;
}

export const toOfficeSurvey = (row: OfficeSurveyRow): OfficeSurvey => ({
  office: row.office,
  surveyId: row.survey_id,
  surveyVersion: row.survey_version,
  from: row.period_from,
  to: row.period_to,
});
