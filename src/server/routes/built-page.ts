import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { ApiError } from '../http-error.ts';

/**
 * GET `path`: a built page of its own (results.html, editor.html) at one address. The page holds
 * no data: it asks the API, which answers 401 until someone logs in (and 403 to a role that may
 * not), and then shows what to do. Its scripts come from /assets/ like the kiosk's; the page
 * itself leaves compressed like them (the build's .br/.gz copies), never cached.
 */
export function addBuiltPageRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; this route reads no variables.
  app: Hono<any>,
  distDir: string | undefined,
  page: { path: string; file: string; notBuilt: string },
): void {
  const sendPage = distDir
    ? serveStatic({
        root: resolve(distDir),
        precompressed: true,
        rewriteRequestPath: () => `/${page.file}`,
      })
    : undefined;
  app.get(page.path, async (c) => {
    if (!sendPage) throw new ApiError(404, page.notBuilt);
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept-Encoding');
    // Framing, CSP and the rest: security-headers.ts, on every response.
    const sent = await sendPage(c, async () => {});
    if (!sent) throw new ApiError(404, page.notBuilt);
    return sent;
  });
}
