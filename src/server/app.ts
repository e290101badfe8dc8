import { Hono } from 'hono';
import type { Brand } from '../shared/brand-schema.ts';
import { ENROLL_PATH, KIOSK_CONFIG_PATH } from '../shared/enrollment-schema.ts';
import { EDITOR_PAGE_PATH } from '../shared/results/results-paths.ts';
import { API_PREFIX, BATCHES_PATH, HEALTH_PATH } from '../shared/wire-schema.ts';
import type { AccessibilityContact } from './accessibility/contact.ts';
import { addAccessibilityRoutes } from './accessibility/routes.ts';
import { addSurveyAdminRoutes } from './admin/survey-routes.ts';
import { addTestRunRoutes } from './admin/test-run-routes.ts';
import { addAuditPageRoute } from './audit/audit-route.ts';
import { createErrorHandler } from './error-handler.ts';
import { ApiError } from './http-error.ts';
import type { StuffingLimits } from './kiosk-tally.ts';
import type { RateLimiter } from './rate-limit.ts';
import { addResultsRoutes } from './results/index.ts';
import { addBatchRoute, type BatchRouteDeps } from './routes/batches.ts';
import { addBuiltPageRoute } from './routes/built-page.ts';
import { addEnrollRoute } from './routes/enroll.ts';
import type { KioskEnv } from './routes/guards.ts';
import { addImportRoute, IMPORT_PATH } from './routes/import.ts';
import { addKioskConfigRoute } from './routes/kiosk-config.ts';
import { addPreviewPageRoute } from './routes/preview-page.ts';
import { addUrnOpeningRoutes } from './routes/urn-opening.ts';
import { securityHeaders } from './security-headers.ts';
import { serveDist } from './static-files.ts';
import type { ServerStore } from './store/server-store.ts';
import { createSurveyCatalog } from './survey-catalog.ts';
import { createUploadHealth } from './upload-health.ts';

export interface AppDeps {
  store: ServerStore;
  rateLimiter: RateLimiter;
  bodyLimitBytes: number;
  /** When a kiosk's sets are flagged as implausible (ballot stuffing); default 400 a day, runs of 10. */
  stuffing?: StuffingLimits;
  /** The built kiosk; omit to serve the API only. */
  distDir?: string;
  /** Where to report barriers, on the accessibility statement; default: a general text. */
  accessibilityContact?: AccessibilityContact;
  /** The office's identity (URNE_BRAND_*), checked already; goes out with each kiosk configuration. */
  brand?: Brand;
  /** One line per request (method, path, status, duration) and per unexpected error. */
  log: (line: string) => void;
}

/** What kiosks call; a success there is never logged (see the log middleware). */
const QUIET_PATHS: ReadonlySet<string> = new Set([
  BATCHES_PATH,
  KIOSK_CONFIG_PATH,
  ENROLL_PATH,
  IMPORT_PATH,
]);

/**
 * The endpoint as a fetch-style handler (Request → Response): the Node
 * adapter in node.ts only plugs it into a socket, and tests call
 * `app.request()` directly.
 */
export function createApp(deps: AppDeps): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();
  app.onError(createErrorHandler(deps.log));
  // First, so it wraps every response, errors and 404s included.
  app.use('*', securityHeaders);

  // Privacy: the path only (no query string, which may hold a kiosk token),
  // no address, no user agent, no timestamp, never a body. And no line for a
  // kiosk's request that succeeded (a batch, its configuration, enrollment,
  // a backup): whatever keeps the log (journald) stamps each line with its
  // time, and a kiosk's requests follow its surveys, so those times would tell
  // when people answered. Refused ones change nothing and are logged, for IT.
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    if (c.res.ok && QUIET_PATHS.has(c.req.path)) return;
    const ms = Math.round(performance.now() - start);
    deps.log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  });

  app.use(`${API_PREFIX}/*`, async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  const uploads = createUploadHealth();
  app.post(BATCHES_PATH, async (c, next) => {
    await next();
    uploads.record(c.res.status);
  });

  app.get(HEALTH_PATH, async (c) => {
    const ok = await deps.store.ping().catch(() => false);
    if (!ok) throw new ApiError(503, 'The database cannot be reached.');
    const problem = uploads.problem();
    if (problem) throw new ApiError(503, problem);
    return c.json({ status: 'ok', database: 'ok', uploads: 'ok' });
  });

  const catalog = createSurveyCatalog(deps.store);
  const batchDeps: BatchRouteDeps = { ...deps, catalog };
  addBatchRoute(app, batchDeps);
  addEnrollRoute(app, deps);
  addImportRoute(app, batchDeps);
  addKioskConfigRoute(app, deps);
  addResultsRoutes(app, deps);
  addSurveyAdminRoutes(app, deps.store);
  addTestRunRoutes(app, deps.store);
  addBuiltPageRoute(app, deps.distDir, {
    path: EDITOR_PAGE_PATH,
    file: 'editor.html',
    notBuilt: 'Der Fragebogen-Editor ist nicht gebaut (npm run build).',
  });
  addPreviewPageRoute(app, deps.distDir);
  addUrnOpeningRoutes(app, deps.store);
  addAuditPageRoute(app, deps.store);
  addAccessibilityRoutes(app, deps.accessibilityContact);

  app.all(`${API_PREFIX}/*`, () => {
    throw new ApiError(404, 'There is no such address in the Urne API.');
  });

  if (deps.distDir) {
    // The results page has one address, /results (routes/built-page.ts): served as a file as well it
    // would be a second copy that every later change to the page's headers has to remember.
    app.get('/results.html', () => {
      throw new ApiError(404, 'Die Ergebnisseite ist unter /results.');
    });
    app.get('/editor.html', () => {
      throw new ApiError(404, 'Der Fragebogen-Editor ist unter /editor.');
    });
    const [setCaching, sendFile] = serveDist(deps.distDir);
    app.get('*', setCaching, sendFile);
  }
  return app;
}
