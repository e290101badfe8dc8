import { readSyncProblem } from '../shared/problems.ts';
import { type EnrollOutcome, type EnrollStore, enrollWithCode } from '../sync/enroll.ts';

/**
 * Enrolls from the staff panel's set-up field. Same redemption as a link
 * opened on start, with two differences that only make sense here:
 * - staff asked for this one link, so they hear why it failed ("already used",
 *   "server out of reach") even on a kiosk that has a token, instead of the
 *   silent 'kept' meant for an MDM web clip starting at its used link; and a
 *   failed attempt on a set-up kiosk leaves its settings as they were (no
 *   enrollment problem recorded: the old registration still works);
 * - the person at the panel has just unlocked it with the PIN, so enrollment
 *   does not ask for a new one (`needsPin`): that would let anyone with a long
 *   press choose the PIN until staff came back.
 * After success, a sync problem that only said "not registered" is cleared: a
 * round with nothing to send leaves it alone, and the panel would go on saying so.
 */
export async function enrollFromPanel(
  input: string,
  deps: { store: EnrollStore; fetch: typeof fetch; origin: string },
): Promise<EnrollOutcome> {
  const { store } = deps;
  const hadToken = Boolean(await store.getSetting('token').catch(() => undefined));
  const view: EnrollStore = {
    getSetting: (key) => (key === 'token' ? Promise.resolve(undefined) : store.getSetting(key)),
    setSetting: (key, value) => {
      if (key === 'needsPin') return Promise.resolve();
      if (key === 'enrollProblem' && hadToken && value !== null) return Promise.resolve();
      return store.setSetting(key, value);
    },
  };
  const outcome = await enrollWithCode(input, { ...deps, store: view });
  if (outcome === 'enrolled') {
    const stored = await store.getSetting('lastProblem').catch(() => undefined);
    const code = readSyncProblem(stored)?.code;
    if (code === 'notProvisioned' || code === 'unauthorized') {
      await store.setSetting('lastProblem', null);
    }
  }
  return outcome;
}
