import type { Hono } from 'hono';
import { RESULTS_API_PREFIX } from '../../shared/results/results-paths.ts';
import { requireEvaluator } from '../auth/sessions.ts';
import type { ServerStore } from '../store/server-store.ts';
import { addAuthRoutes } from './auth-routes.ts';
import { addDataRoutes } from './data-routes.ts';
import { addExportRoute } from './export-route.ts';
import { addResultsPageRoute } from './page-route.ts';

/** Evaluator login, results API, exports and the /results page. Register before the API's 404. */
export function addResultsRoutes(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; these routes read no variables.
  app: Hono<any>,
  deps: { store: ServerStore; distDir?: string },
): void {
  const { store } = deps;
  addAuthRoutes(app, store);
  // One guard in front of every results and export address, so a route added later
  // cannot forget its own check. Login, logout and session live under /evaluator.
  app.use(`${RESULTS_API_PREFIX}/*`, requireEvaluator(store));
  addDataRoutes(app, store);
  addExportRoute(app, store);
  addResultsPageRoute(app, deps.distDir);
}
