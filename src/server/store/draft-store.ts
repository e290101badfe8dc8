/** A questionnaire being edited (issue 14): the editor's JSON, not yet checked against the schema. */
export interface SurveyDraft {
  surveyId: string;
  /** As the editor saved it; may not pass the survey schema yet. */
  definition: unknown;
  savedBy: string;
  /** ISO time of the save (a staff action). */
  savedAt: string;
}

export interface DraftStore {
  findSurveyDraft(surveyId: string): Promise<SurveyDraft | undefined>;
  /** Inserts or replaces the survey's one draft. */
  saveSurveyDraft(draft: SurveyDraft): Promise<void>;
  /** Returns false when there was none. */
  removeSurveyDraft(surveyId: string): Promise<boolean>;
  listSurveyDrafts(): Promise<SurveyDraft[]>;
}

export interface DraftRow {
  survey_id: string;
  definition: string;
  saved_by: string;
  saved_at: string;
}

export const toDraft = (r: DraftRow): SurveyDraft => ({
  surveyId: r.survey_id,
  definition: JSON.parse(r.definition) as unknown,
  savedBy: r.saved_by,
  savedAt: r.saved_at,
});
