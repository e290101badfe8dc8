import type { Context, Hono } from 'hono';
import type { ResultsOptions } from '../../shared/results/results-model.ts';
import {
  OFFICES_PATH,
  OPTIONS_PATH,
  parseResultsQuery,
  type ResultsQuery,
  SUMMARY_PATH,
} from '../../shared/results/results-paths.ts';
import { accountOf } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import type { ServerStore } from '../store/server-store.ts';
import { listedOffices } from './listed-offices.ts';
import { compareOffices } from './office-comparison.ts';
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
    const { offices, allOffices } = await listedOffices(store, accountOf(c));
    const first = surveys.find((s) => waves.some((w) => w.surveyId === s.id)) ?? surveys[0];
    const options: ResultsOptions = {
      surveys: surveys.map((s) => ({ id: s.id, title: s.title.de })),
      waves,
      offices,
      allOffices,
      groups: first ? groupOptions(first) : [],
    };
    return c.json(options);
  });

  app.get(SUMMARY_PATH, async (c) => c.json(await buildSummary(store, readResultsQuery(c))));

  // Not behind requireOfficeScope: it takes no office, and shows only the account's own columns.
  app.get(OFFICES_PATH, async (c) =>
    c.json(await compareOffices(store, accountOf(c), readResultsQuery(c))),
  );
}
