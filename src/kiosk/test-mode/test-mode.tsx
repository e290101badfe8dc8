import type { KioskTestRun } from '../../shared/kiosk-test-schema.ts';
import { loadSurvey } from '../../shared/survey/load-survey.ts';
import { surveyVersion } from '../../shared/survey/survey-version.ts';
import type { ActiveSurvey } from '../active-survey.ts';
import './test-banner.css';

/**
 * Test mode (issue 14): a chunk of its own, loaded only when the configuration names a test, so
 * a kiosk without one (every kiosk, nearly always) pays nothing for it in its first load.
 *
 * The active survey becomes the tested draft, under the kiosk's office and brand but with no
 * period (a draft is tried before its period starts); its sets are never sealed into a wave's urn
 * (the server takes test sets open, whatever the wave). `test` carries the
 * banner, which KioskRoot shows on every screen while the test runs. A test that does not check
 * out leaves the kiosk on its published survey: a broken draft must never stop real answers.
 */
export async function withTest(active: ActiveSurvey, test: KioskTestRun): Promise<ActiveSurvey> {
  try {
    const survey = loadSurvey(test.survey);
    if ((await surveyVersion(survey)) !== test.surveyVersion) {
      throw new Error(`test version ${test.surveyVersion} does not match its survey`);
    }
    // The urn stays, so a real set begun before the switch is still sealed (stillOpen reads it),
    // but a test set never is (seal-answer-set.ts).
    return { ...active, survey, version: test.surveyVersion, period: undefined, test: TestBanner };
  } catch (error) {
    console.error('Urne: the test run in the configuration is not usable:', String(error));
    return active;
  }
}

/**
 * Staff-facing, so German only; calm rather than alarming, since a citizen may read it too. Not a
 * live region: it is there from the first paint of a test and never changes. A strip above the
 * screen, which makes room for it (test-banner.css), so it covers none of the screen's controls.
 */
export function TestBanner() {
  return (
    // German on every language's screen: marked so, a screen reader reads it in German.
    <p class="test-banner" lang="de" dir="ltr">
      Testbetrieb – Antworten werden nicht gezählt
    </p>
  );
}
