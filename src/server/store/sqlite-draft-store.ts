import type Database from 'better-sqlite3';
import { type DraftRow, type DraftStore, toDraft } from './draft-store.ts';

/** Survey drafts on SQLite (draft-store.ts). */
export function createSqliteDraftStore(db: Database.Database): DraftStore {
  const columns = 'survey_id, definition, saved_by, saved_at';
  return {
    async findSurveyDraft(surveyId) {
      const row = db
        .prepare(`SELECT ${columns} FROM survey_drafts WHERE survey_id = ?`)
        .get(surveyId) as DraftRow | undefined;
      return row && toDraft(row);
    },
    async saveSurveyDraft(d) {
      db.prepare(
        `INSERT INTO survey_drafts (${columns}) VALUES (?, ?, ?, ?)
         ON CONFLICT (survey_id) DO UPDATE SET definition = excluded.definition,
           saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
      ).run(d.surveyId, JSON.stringify(d.definition), d.savedBy, d.savedAt);
    },
    async removeSurveyDraft(surveyId) {
      return db.prepare('DELETE FROM survey_drafts WHERE survey_id = ?').run(surveyId).changes > 0;
    },
    async listSurveyDrafts() {
      const rows = db
        .prepare(`SELECT ${columns} FROM survey_drafts ORDER BY survey_id`)
        .all() as DraftRow[];
      return rows.map(toDraft);
    },
  };
}
