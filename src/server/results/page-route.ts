import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Hono } from 'hono';
import { RESULTS_PAGE_PATH } from '../../shared/results/results-paths.ts';
import { ApiError } from '../http-error.ts';

/**
 * GET /results: the built results page (results.html). It holds no data — the
 * page asks the API, which answers 401 until the evaluator logs in, and then
 * shows its login form. Its scripts come from /assets/ like the kiosk's.
 */
export function addResultsPageRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; this route reads no variables.
  app: Hono<any>,
  distDir: string | undefined,
): void {
  app.get(RESULTS_PAGE_PATH, async (c) => {
    if (!distDir) throw new ApiError(404, 'Die Ergebnisseite ist nicht gebaut (npm run build).');
    const html = await readFile(join(resolve(distDir), 'results.html'), 'utf8').catch(() => {
      throw new ApiError(404, 'Die Ergebnisseite ist nicht gebaut (npm run build).');
    });
    c.header('Cache-Control', 'no-store');
    // The page must not be framed by another site (clickjacking the logout or export buttons).
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', "frame-ancestors 'none'");
    return c.html(html);
  });
}
