import { type DraftRow, type DraftStore, toDraft } from './draft-store.ts';
import type { Pg } from './pg-connection.ts';

/** sqlite-draft-store.ts on PostgreSQL. */
export function createPgDraftStore(sql: Pg): DraftStore {
  const columns = sql.unsafe('survey_id, definition, saved_by, saved_at');
  return {
    async findSurveyDraft(surveyId) {
      const [row] = await sql<DraftRow[]>`
        SELECT ${columns} FROM survey_drafts WHERE survey_id = ${surveyId}`;
      return row && toDraft(row);
    },
    async saveSurveyDraft(d) {
      await sql`INSERT INTO survey_drafts (survey_id, definition, saved_by, saved_at)
        VALUES (${d.surveyId}, ${JSON.stringify(d.definition)}, ${d.savedBy}, ${d.savedAt})
        ON CONFLICT (survey_id) DO UPDATE SET definition = excluded.definition,
          saved_by = excluded.saved_by, saved_at = excluded.saved_at`;
    },
    async removeSurveyDraft(surveyId) {
      return (await sql`DELETE FROM survey_drafts WHERE survey_id = ${surveyId}`).count > 0;
    },
    async listSurveyDrafts() {
      const rows = await sql<DraftRow[]>`SELECT ${columns} FROM survey_drafts ORDER BY survey_id`;
      return rows.map(toDraft);
    },
  };
}
