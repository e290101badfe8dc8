import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built kiosk. Vite puts content-hashed files under /assets/, so a
 * changed file gets a new name: those may be cached for a year. Everything
 * else (index.html, sw.js, the manifest, icons) must be revalidated, or a
 * tablet would keep running an old service worker after an update.
 */
export function serveDist(distDir: string): [MiddlewareHandler, MiddlewareHandler] {
  const root = resolve(distDir);
  const setCaching: MiddlewareHandler = async (c, next) => {
    await next();
    if (c.res.status !== 200 && c.res.status !== 206) return;
    c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
  };
  return [setCaching, serveStatic({ root })];
}
