import type { Wave } from '../../shared/results/results-model.ts';
import { MERGED_OFFICE } from '../../shared/results/results-model.ts';
import { isAdmin, seesAll, seesOffice } from '../auth/roles.ts';
import type { Account } from '../store/account-store.ts';
import type { ServerStore } from '../store/server-store.ts';
import { officesOfWave } from './office-scope.ts';
import { releaseOf } from './released.ts';

/**
 * The offices the results page offers `account` (the filter, and the columns of the office
 * comparison), sorted, with "andere Standorte" last where some wave merges offices and the account
 * sees every office; `allOffices`: whether it may see the whole wave.
 */
export async function listedOffices(
  store: ServerStore,
  account: Account,
): Promise<{ offices: string[]; allOffices: boolean }> {
  const surveys = await store.listLatestSurveys();
  const waves = await store.listWaves();
  const offices = new Set<string>();
  for (const s of surveys) for (const o of await store.listOffices(s.id)) offices.add(o);
  // An office shown by name in no wave (merged or withheld wherever it has answers) is not
  // listed: its name beside "andere Standorte" would tell who the few are. Named means named
  // in a wave where it has answers: a wave without any of its answers does not merge it either.
  const named = new Set<string>();
  const small = new Set<string>();
  let merged = false;
  for (const wave of waves) {
    const release = await releaseOf(store, wave);
    for (const o of [...release.merged.offices, ...release.withheld.offices]) small.add(o);
    merged ||= release.merged.offices.length > 0;
    for (const o of await officesWithAnswers(store, wave)) {
      if (!release.merged.offices.includes(o) && !release.withheld.offices.includes(o)) {
        named.add(o);
      }
    }
  }
  // An account given some offices sees only those, and no "andere Standorte" unless it sees
  // every office of every wave (office-scope.ts).
  let allOffices = isAdmin(account);
  if (!allOffices) {
    const all = new Set<string>();
    for (const wave of waves) for (const o of await officesOfWave(store, wave)) all.add(o);
    allOffices = seesAll(account, [...all]);
    for (const o of offices) if (!seesOffice(account, o)) offices.delete(o);
    merged &&= allOffices;
  }
  // Its own small offices stay listed for an account that never sees "andere Standorte": it
  // knows their names, and their page says that there are too few answers instead of a 403.
  for (const o of small) if (!named.has(o) && allOffices) offices.delete(o);
  return { offices: [...[...offices].sort(), ...(merged ? [MERGED_OFFICE] : [])], allOffices };
}

/** The offices with answer sets in the wave, flagged or not (as releaseOf counts them). */
async function officesWithAnswers(store: ServerStore, wave: Wave): Promise<Set<string>> {
  const whole = { surveyId: wave.surveyId, from: wave.from, to: wave.to, includeFlagged: true };
  return new Set((await store.countCells(whole)).map((c) => c.office));
}
