import * as z from 'zod/mini';
import { Day } from '../answer-schema.ts';
import { Identifier } from '../survey-schema.ts';
import { API_PREFIX } from '../wire-schema.ts';
import type { Finding } from './review-survey.ts';
import type { QuestionChange } from './version-diff.ts';

/** The editor page (editor.html), served by the endpoint like /results. */
export { EDITOR_PAGE_PATH } from '../results/results-paths.ts';

/** The questionnaire editor's API (issue 14), for admins only. */
export const SURVEYS_ADMIN_PATH = `${API_PREFIX}/admin/surveys`;
export const draftPath = (surveyId: string) => `${SURVEYS_ADMIN_PATH}/${surveyId}/draft`;
export const publishPath = (surveyId: string) => `${SURVEYS_ADMIN_PATH}/${surveyId}/publish`;

/** Publishing a draft: to which offices, for which days, and which changed questions stay comparable. */
export const PublishRequest = z.strictObject({
  offices: z
    .array(z.string().check(z.trim(), z.minLength(1)))
    .check(z.minLength(1, 'name at least one office')),
  from: Day,
  to: Day,
  /**
   * Questions whose wording, options, type or condition changed (diffVersions' meaningMayDiffer)
   * that the admin confirmed are still the same question. Every such question must be listed here,
   * or be given a new id in the draft.
   */
  sameQuestions: z.optional(z.array(Identifier)),
});
export type PublishRequest = z.infer<typeof PublishRequest>;

/** GET/PUT of a draft: what the editor shows beside it. */
export interface DraftView {
  surveyId: string;
  definition: unknown;
  /** Where the definition came from: the saved draft, the published version, or the template. */
  source: 'draft' | 'published' | 'template';
  savedBy?: string;
  savedAt?: string;
  findings: Finding[];
  languages: { language: string; missing: number }[];
  seconds: number;
  /** Against the newest published version (empty before the first). */
  changes: QuestionChange[];
  /**
   * The option ids of each question of the newest published version: answers are stored under
   * them, so the editor keeps them fixed (a new option's id follows its label).
   */
  publishedOptions: Record<string, string[]>;
  /** The version publishing would store, once the draft has no errors. */
  version?: string;
}

export interface PublishResult {
  surveyId: string;
  version: string;
  offices: string[];
  from: string;
  to: string;
}
