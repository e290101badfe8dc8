/**
 * Test-only page: exposes the real store and the real sync client to
 * Playwright, because the kiosk bundle keeps them private. Built by Vite in
 * the browser tests' beforeAll, served by the real endpoint (same origin as
 * the API, so no CORS).
 */

import type { AnswerSet } from '../../../src/shared/answer-schema.ts';
import { dayOf } from '../../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../../src/shared/survey/survey-version.ts';
import { createStore, type Store } from '../../../src/store/index.ts';
import * as syncClient from '../../../src/sync/index.ts';
import { takeProvisioningFromUrl } from '../../../src/sync/settings-from-url.ts';
import { COMPLETE_ANSWERS } from '../../utils.ts';

/**
 * A complete, valid answer set of the default survey. `improve` carries a
 * unique label (test data only) so the test can find doubles on the server.
 */
function testAnswerSet(label: string, version: string, office: string): AnswerSet {
  return {
    surveyId: buergerbueroSurvey.id,
    surveyVersion: version,
    office,
    day: dayOf(new Date()),
    answers: { ...COMPLETE_ANSWERS, improve: label },
  };
}

const api = {
  store: createStore() as Store,
  sync: { ...syncClient, takeProvisioningFromUrl },
  surveyVersion: () => surveyVersion(buergerbueroSurvey),
  testAnswerSet,
  /** Whatever a test wants to keep between evaluate calls (a running loop, say). */
  scratch: {} as Record<string, unknown>,
};
export type UrneTestApi = typeof api;

declare global {
  interface Window {
    __urneTest: UrneTestApi;
  }
}
window.__urneTest = api;
document.getElementById('status')?.setAttribute('data-ready', 'true');
