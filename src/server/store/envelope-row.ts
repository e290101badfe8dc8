import type { StoredEnvelope } from './urn-store.ts';

/** A row of the `envelopes` table as listEnvelopes reads it, on both stores. */
export interface EnvelopeRow {
  survey_id: string;
  survey_version: string;
  office: string;
  day: string;
  enc: string;
  ct: string;
  flagged: number;
}

/** The columns listEnvelopes reads (toStoredEnvelope maps them). */
export const ENVELOPE_COLUMNS = 'survey_id, survey_version, office, day, enc, ct, flagged';

export const toStoredEnvelope = (r: EnvelopeRow): StoredEnvelope => ({
  surveyId: r.survey_id,
  surveyVersion: r.survey_version,
  office: r.office,
  day: r.day,
  enc: r.enc,
  ct: r.ct,
  flagged: r.flagged !== 0,
});
