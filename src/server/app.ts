import { Hono } from 'hono';
import { API_PREFIX, BATCHES_PATH, HEALTH_PATH } from '../shared/wire-schema.ts';
import { createErrorHandler } from './error-handler.ts';
import { ApiError } from './http-error.ts';
import type { RateLimiter } from './rate-limit.ts';
import { addResultsRoutes } from './results/index.ts';
import { addBatchRoute, type BatchRouteDeps } from './routes/batches.ts';
import { addEnrollRoute } from './routes/enroll.ts';
import type { KioskEnv } from './routes/guards.ts';
import { addImportRoute } from './routes/import.ts';
import { addKioskConfigRoute } from './routes/kiosk-config.ts';
import { serveDist } from './static-files.ts';
import type { ServerStore } from './store/server-store.ts';
import { createSurveyCatalog } from './survey-catalog.ts';
import { createUploadHealth } from './upload-health.ts';

export interface AppDeps {
  store: ServerStore;
  rateLimiter: RateLimiter;
  bodyLimitBytes: number;
  /** The built kiosk; omit to serve the API only. */
  distDir?: string;
  /** One line per request (method, path, status, duration) and per unexpected error. */
  log: (line: string) => void;
}

/**
 * The endpoint as a fetch-style handler (Request → Response): the Node
 * adapter in node.ts only plugs it into a socket, and tests call
 * `app.request()` directly.
 */
export function createApp(deps: AppDeps): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();
  app.onError(createErrorHandler(deps.log));

  // Privacy: the path only (no query string, which may hold a kiosk token),
  // no address, no user agent, no timestamp, never a body. And no line for a
  // delivered batch: whatever keeps the log (journald) stamps each line with
  // its time, and a kiosk sends right after a survey, so that time and the
  // order in which answers are stored would tell when someone answered.
  // Refused batches store nothing and are logged, for IT.
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    if (c.req.path === BATCHES_PATH && c.res.ok) return;
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

  app.all(`${API_PREFIX}/*`, () => {
    throw new ApiError(404, 'There is no such address in the Urne API.');
  });

  if (deps.distDir) {
    const [setCaching, sendFile] = serveDist(deps.distDir);
    app.get('*', setCaching, sendFile);
  }
  return app;
}
