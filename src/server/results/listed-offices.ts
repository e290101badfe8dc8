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
  // listed: its name beside "andere Standorte" would tell who the few are.
  const named = new Set<string>();
  const small = new Set<string>();
  let merged = false;
  for (const wave of waves) {
    const release = await releaseOf(store, wave);
    for (const o of [...release.merged.offices, ...release.withheld.offices]) small.add(o);
    merged ||= release.merged.offices.length > 0;
    for (const o of await store.listOffices(wave.surveyId)) {
      if (!release.merged.offices.includes(o) && !release.withheld.offices.includes(o)) {
        named.add(o);
      }
    }
  }
  for (const o of small) if (!named.has(o)) offices.delete(o);
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
  return { offices: [...[...offices].sort(), ...(merged ? [MERGED_OFFICE] : [])], allOffices };
}
