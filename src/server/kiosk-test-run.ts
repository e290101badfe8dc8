import type { KioskTestRun } from '../shared/kiosk-test-schema.ts';
import type { ServerStore } from './store/server-store.ts';

/** The draft this kiosk runs in test mode, as its configuration's `test`, if it runs one. */
export async function kioskTestRun(
  store: ServerStore,
  kioskId: number,
): Promise<KioskTestRun | undefined> {
  const test = await store.findKioskTest(kioskId);
  const survey = test && (await store.findTestSurvey(test.surveyId, test.version));
  return test && survey ? { survey, surveyVersion: test.version, since: test.since } : undefined;
}
