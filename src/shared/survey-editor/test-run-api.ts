import * as z from 'zod/mini';
import { SURVEYS_ADMIN_PATH } from './editor-api.ts';

/** The editor's test runs (issue 14, point 5): which kiosks run the draft, and their answers. */
export const testRunPath = (surveyId: string) => `${SURVEYS_ADMIN_PATH}/${surveyId}/test`;
export const testRunKioskPath = (surveyId: string, kioskId: number) =>
  `${testRunPath(surveyId)}/${kioskId}`;
export const testAnswersPath = (surveyId: string) =>
  `${SURVEYS_ADMIN_PATH}/${surveyId}/test-answers`;

/** Starting a test: the kiosk (by its number in `npm run kiosk -- list`) that runs the draft. */
export const StartTestRequest = z.strictObject({
  kiosk: z.int().check(z.gte(1, 'choose a kiosk')),
});
export type StartTestRequest = z.infer<typeof StartTestRequest>;

/** GET …/test: what the editor's test part shows. */
export interface TestRunView {
  /** The kiosks that can run a test (not revoked). */
  kiosks: { id: number; office: string }[];
  /** Kiosks running a version of this survey in test mode now. */
  runs: { kioskId: number; office: string; version: string; since: string; startedBy: string }[];
  /** The test answers received so far (all versions of this survey), newest day first. */
  answers: {
    count: number;
    latest: { day: string; office: string; answers: Record<string, unknown> }[];
  };
}
