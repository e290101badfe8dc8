import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_FILE } from './precompress.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built kiosk. Vite puts content-hashed files under /assets/, so a
 * changed file gets a new name: those may be cached for a year. Everything
 * else (index.html, sw.js, the manifest, icons) must be revalidated, or a
 * tablet would keep running an old service worker after an update.
 *
 * Text files go out compressed: the build writes `.br` and `.gz` beside them
 * (src/server/precompress.ts) and serveStatic's `precompressed` picks br, then
 * gzip, if the request's Accept-Encoding names it (else the file itself), with
 * Content-Length, HEAD and ranges all of the bytes actually sent. It matches
 * encodings by exact name, so `br;q=0.5` gets gzip or the file itself — never
 * an encoding the client refused.
 */
export function serveDist(distDir: string): [MiddlewareHandler, MiddlewareHandler] {
  const root = resolve(distDir);
  const setHeaders: MiddlewareHandler = async (c, next) => {
    await next();
    if (c.res.status !== 200 && c.res.status !== 206) return;
    c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    // serveStatic says Vary only when it sends a compressed file. A cache between the server and
    // the tablets must also know that an uncompressed answer was chosen by Accept-Encoding, or it
    // would hand that answer to every tablet.
    const file = c.req.path.endsWith('/') ? `${c.req.path}index.html` : c.req.path;
    if (COMPRESSIBLE_FILE.test(file)) c.res.headers.set('Vary', 'Accept-Encoding');
  };
  return [setHeaders, serveStatic({ root, precompressed: true })];
}
