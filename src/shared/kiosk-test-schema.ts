import * as z from 'zod/mini';
import { AnswerSet } from './answer-schema.ts';
import { SurveyDefinition } from './survey-schema.ts';

/**
 * A draft an admin runs on one kiosk in test mode (issue 14, point 5), sent as the configuration's
 * `test`. While it is there the kiosk, at rest, runs this survey instead of the published one, with
 * no period and no sealed wave, shows the test banner on every screen and marks every answer set
 * `test: true`, which the server stores apart and never counts. Gone again: back to the survey.
 */
export const KioskTestRun = z.strictObject({
  survey: SurveyDefinition,
  surveyVersion: AnswerSet.shape.surveyVersion,
  /** When the admin started it (ISO time of a staff action); a new start is a new test. */
  since: z.string(),
});
export type KioskTestRun = z.infer<typeof KioskTestRun>;
