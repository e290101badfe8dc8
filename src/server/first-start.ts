import { dayOf } from '../shared/answer-schema.ts';
import type { Wave } from '../shared/results/results-model.ts';
import { ensureOfficeSurvey } from './enrollment-configuration.ts';
import type { ServerStore } from './store/server-store.ts';
import { registerKiosk } from './tokens.ts';

/** The office the first kiosk is registered for on an empty database, so a newcomer can try at once. */
export const FIRST_OFFICE = 'Bürgerbüro Lünen';

/**
 * On an empty database: a kiosk for FIRST_OFFICE and, unless waves exist, an OPEN demo wave over
 * that office's survey period. Open, not sealed like a real wave: a sealed one would need a key
 * ceremony before the kiosk took a single answer, and a newcomer would see no results.
 * Undefined when the database already has kiosks.
 */
export async function prepareFirstStart(
  store: ServerStore,
  now = new Date(),
): Promise<{ token: string; demoWave?: Wave } | undefined> {
  if ((await store.listKiosks()).length > 0) return undefined;
  const { token } = await registerKiosk(store, FIRST_OFFICE);
  if ((await store.listWaves()).length > 0) return { token };
  const { surveyId, from, to } = await ensureOfficeSurvey(store, FIRST_OFFICE, dayOf(now));
  const demoWave = await store.addWave({ surveyId, name: 'Demo', from, to, sealed: false });
  return { token, demoWave };
}
