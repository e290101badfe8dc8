import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { RESULTS_PAGE_PATH } from '../../shared/results/results-paths.ts';
import { ApiError } from '../http-error.ts';

const NOT_BUILT = 'Die Ergebnisseite ist nicht gebaut (npm run build).';

/**
 * GET /results: the built results page (results.html). It holds no data — the
 * page asks the API, which answers 401 until the evaluator logs in, and then
 * shows its login form. Its scripts come from /assets/ like the kiosk's; the
 * page itself leaves compressed like them (the build's .br/.gz copies).
 */
export function addResultsPageRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; this route reads no variables.
  app: Hono<any>,
  distDir: string | undefined,
): void {
  const sendPage = distDir
    ? serveStatic({
        root: resolve(distDir),
        precompressed: true,
        rewriteRequestPath: () => '/results.html',
      })
    : undefined;
  app.get(RESULTS_PAGE_PATH, async (c) => {
    if (!sendPage) throw new ApiError(404, NOT_BUILT);
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept-Encoding');
    // Framing, CSP and the rest: security-headers.ts, on every response.
    const page = await sendPage(c, async () => {});
    if (!page) throw new ApiError(404, NOT_BUILT);
    return page;
  });
}
