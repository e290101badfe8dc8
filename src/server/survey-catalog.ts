import { buergerbueroSurvey } from '../shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../shared/survey/survey-version.ts';
import type { SurveyDefinition } from '../shared/survey-schema.ts';
import type { ServerStore } from './store/server-store.ts';

/**
 * Survey definitions by id and version, cached: a version is the hash of its
 * content, so a cached definition can never go stale. Misses go to the store
 * every time, so a survey added by another process is found without restart.
 */
export interface SurveyCatalog {
  find(surveyId: string, version: string): Promise<SurveyDefinition | undefined>;
}

export function createSurveyCatalog(store: ServerStore): SurveyCatalog {
  const cache = new Map<string, SurveyDefinition>();
  return {
    async find(surveyId, version) {
      const key = `${surveyId}@${version}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const found = await store.findSurvey(surveyId, version);
      if (found) cache.set(key, found);
      return found;
    },
  };
}

/** Stores the bundled default survey under its content version, if it is not there yet. */
export async function seedDefaultSurvey(store: ServerStore): Promise<string> {
  const version = await surveyVersion(buergerbueroSurvey);
  await store.addSurvey(buergerbueroSurvey.id, version, buergerbueroSurvey);
  return version;
}
