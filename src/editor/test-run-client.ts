import {
  type StartTestRequest,
  type TestRunView,
  testAnswersPath,
  testRunKioskPath,
  testRunPath,
} from '../shared/survey-editor/test-run-api.ts';
import { readJson } from './api-client.ts';

/** The editor's test runs (issue 14, point 5); components get it as a prop, never fetch. */
export interface TestRunApi {
  load(surveyId: string): Promise<TestRunView>;
  /** Runs the saved draft on the kiosk in test mode (replacing a test it ran). */
  start(surveyId: string, request: StartTestRequest): Promise<TestRunView>;
  end(surveyId: string, kioskId: number): Promise<TestRunView>;
  deleteAnswers(surveyId: string): Promise<TestRunView & { deleted: number }>;
}

export function createTestRunApi(fetchFn: typeof fetch = fetch.bind(globalThis)): TestRunApi {
  const send = async <T>(path: string, method = 'GET', body?: unknown) =>
    readJson<T>(
      await fetchFn(path, {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body === undefined
          ? {}
          : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
      }),
    );
  return {
    load: (id) => send(testRunPath(id)),
    start: (id, request) => send(testRunPath(id), 'POST', request),
    end: (id, kioskId) => send(testRunKioskPath(id, kioskId), 'DELETE'),
    deleteAnswers: (id) => send(testAnswersPath(id), 'DELETE'),
  };
}
