import type { Hono } from 'hono';
import {
  EXPORT_PATH,
  PRINTED_PATH,
  RESULTS_API_PREFIX,
  RESULTS_PAGE_PATH,
  SUMMARY_PATH,
} from '../../shared/results/results-paths.ts';
import { requireLogin } from '../auth/sessions.ts';
import { addBuiltPageRoute } from '../routes/built-page.ts';
import type { ServerStore } from '../store/server-store.ts';
import { addAuthRoutes } from './auth-routes.ts';
import { addDataRoutes } from './data-routes.ts';
import { addExportRoute } from './export-route.ts';
import { requireExportRight, requireOfficeScope } from './office-scope.ts';
import { addPrintedRoute } from './printed-route.ts';

/** Login, results API, exports and the /results page. Register before the API's 404. */
export function addResultsRoutes(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; accounts travel in c.get('account').
  app: Hono<any>,
  deps: { store: ServerStore; distDir?: string },
): void {
  const { store } = deps;
  addAuthRoutes(app, store);
  // One guard in front of every results and export address, so a route added later
  // cannot forget its own check. Login, logout and session live under /evaluator.
  app.use(`${RESULTS_API_PREFIX}/*`, requireLogin(store));
  app.use(SUMMARY_PATH, requireOfficeScope(store));
  app.use(EXPORT_PATH, requireExportRight(store));
  app.use(PRINTED_PATH, requireOfficeScope(store));
  addDataRoutes(app, store);
  addExportRoute(app, store);
  addPrintedRoute(app, store);
  addBuiltPageRoute(app, deps.distDir, {
    path: RESULTS_PAGE_PATH,
    file: 'results.html',
    notBuilt: 'Die Ergebnisseite ist nicht gebaut (npm run build).',
  });
}
