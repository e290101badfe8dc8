import type { Context, Hono } from 'hono';
import { MERGED_OFFICE, type ResultsOptions } from '../../shared/results/results-model.ts';
import {
  OPTIONS_PATH,
  parseResultsQuery,
  type ResultsQuery,
  SUMMARY_PATH,
} from '../../shared/results/results-paths.ts';
import { isAdmin, seesAll, seesOffice } from '../auth/roles.ts';
import { accountOf } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import type { ServerStore } from '../store/server-store.ts';
import { officesOfWave } from './office-scope.ts';
import { releaseOf } from './released.ts';
import { buildSummary, groupOptions } from './summary.ts';

/** The page's filter from the query string (parseResultsQuery); 400 without a wave. */
export function readResultsQuery(c: Context): ResultsQuery {
  const { wave, ...rest } = parseResultsQuery(new URL(c.req.url).searchParams);
  if (wave === undefined) throw new ApiError(400, 'Bitte wählen Sie eine Welle (wave=<Nummer>).');
  return { wave, ...rest };
}

export function addDataRoutes(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; the account is c.get('account').
  app: Hono<any>,
  store: ServerStore,
): void {
  app.get(OPTIONS_PATH, async (c) => {
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
    const account = accountOf(c);
    let seesEveryOffice = isAdmin(account);
    if (!seesEveryOffice) {
      const all = new Set<string>();
      for (const wave of waves) for (const o of await officesOfWave(store, wave)) all.add(o);
      seesEveryOffice = seesAll(account, [...all]);
      for (const o of offices) if (!seesOffice(account, o)) offices.delete(o);
      merged &&= seesEveryOffice;
    }
    const first = surveys.find((s) => waves.some((w) => w.surveyId === s.id)) ?? surveys[0];
    const options: ResultsOptions = {
      surveys: surveys.map((s) => ({ id: s.id, title: s.title.de })),
      waves,
      offices: [...[...offices].sort(), ...(merged ? [MERGED_OFFICE] : [])],
      allOffices: seesEveryOffice,
      groups: first ? groupOptions(first) : [],
    };
    return c.json(options);
  });

  app.get(SUMMARY_PATH, async (c) => c.json(await buildSummary(store, readResultsQuery(c))));
}
