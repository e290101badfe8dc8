import type { Pg } from './pg-connection.ts';
import {
  PUBLICATION_COLUMNS,
  type PublicationRow,
  type PublicationStore,
  toPublication,
} from './publication-store.ts';

/** sqlite-publication-store.ts on PostgreSQL. */
export function createPgPublicationStore(sql: Pg): PublicationStore {
  return {
    async addSurveyPublication(p) {
      await sql`INSERT INTO survey_publications ${sql.unsafe(`(${PUBLICATION_COLUMNS})`)}
        VALUES (${p.surveyId}, ${p.version}, ${p.previousVersion}, ${p.from}, ${p.to},
          ${JSON.stringify(p.sameQuestions)})`;
    },
    async listSurveyPublications(surveyId) {
      const rows = await sql<PublicationRow[]>`
        SELECT ${sql.unsafe(PUBLICATION_COLUMNS)} FROM survey_publications
        WHERE survey_id = ${surveyId} ORDER BY id`;
      return rows.map(toPublication);
    },
  };
}
