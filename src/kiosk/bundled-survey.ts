import { loadSurvey } from '../shared/survey/load-survey.ts';
import { surveyVersion } from '../shared/survey/survey-version.ts';
import type { ActiveSurvey } from './active-survey.ts';

let bundled: Promise<ActiveSurvey> | undefined;

/**
 * The survey built into the app, which runs only until the kiosk has a configuration (a
 * provisioning link or the first sync round brings one) or when a stored one is unusable. An
 * enrolled tablet never needs it, so it is a chunk of its own (precached like every chunk),
 * loaded, checked and hashed once, on the first start that asks for it.
 */
export function loadBundledSurvey(): Promise<ActiveSurvey> {
  bundled ??= import('../shared/survey/buergerbuero-survey.ts')
    .then(async ({ buergerbueroSurvey }) => {
      const survey = loadSurvey(buergerbueroSurvey);
      return { survey, version: await surveyVersion(survey) };
    })
    .catch((error: unknown) => {
      bundled = undefined; // asked again at the next check, not failed for good
      throw error;
    });
  return bundled;
}
