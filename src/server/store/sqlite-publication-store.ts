import type Database from 'better-sqlite3';
import {
  PUBLICATION_COLUMNS,
  type PublicationRow,
  type PublicationStore,
  toPublication,
} from './publication-store.ts';

/** Survey publications on SQLite (publication-store.ts). */
export function createSqlitePublicationStore(db: Database.Database): PublicationStore {
  return {
    async addSurveyPublication(p) {
      db.prepare(
        `INSERT INTO survey_publications (${PUBLICATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        p.surveyId,
        p.version,
        p.previousVersion,
        p.from,
        p.to,
        JSON.stringify(p.sameQuestions),
      );
    },
    async listSurveyPublications(surveyId) {
      const rows = db
        .prepare(
          `SELECT ${PUBLICATION_COLUMNS} FROM survey_publications WHERE survey_id = ? ORDER BY id`,
        )
        .all(surveyId) as PublicationRow[];
      return rows.map(toPublication);
    },
  };
}
