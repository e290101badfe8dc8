/**
 * The publications of a questionnaire from the editor (issue 14, point 6), in the order they
 * happened. They tell the wave comparison which version a wave ran and which changed questions
 * the admin confirmed as still the same question (comparable-questions.ts).
 */
export interface SurveyPublication {
  surveyId: string;
  version: string;
  /** The version it replaced (what the editor's diff was against); null for the first. */
  previousVersion: string | null;
  /** The days it was published for (both inclusive, YYYY-MM-DD). */
  from: string;
  to: string;
  /** Questions whose meaning may differ from `previousVersion` that the admin confirmed as the same. */
  sameQuestions: string[];
}

export interface PublicationStore {
  addSurveyPublication(publication: SurveyPublication): Promise<void>;
  /** Oldest first. */
  listSurveyPublications(surveyId: string): Promise<SurveyPublication[]>;
}

export interface PublicationRow {
  survey_id: string;
  version: string;
  previous_version: string | null;
  from_day: string;
  to_day: string;
  same_questions: string;
}

export const PUBLICATION_COLUMNS =
  'survey_id, version, previous_version, from_day, to_day, same_questions';

export const toPublication = (r: PublicationRow): SurveyPublication => ({
  surveyId: r.survey_id,
  version: r.version,
  previousVersion: r.previous_version,
  from: r.from_day,
  to: r.to_day,
  sameQuestions: JSON.parse(r.same_questions) as string[],
});
