import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { EDITOR_PAGE_PATH } from '../../shared/survey-editor/editor-api.ts';
import { ApiError } from '../http-error.ts';

const NOT_BUILT = 'Der Fragebogen-Editor ist nicht gebaut (npm run build).';

/**
 * GET /editor: the built questionnaire editor (editor.html), as /results serves results.html.
 * The page holds no data and no secret: it asks the session, and the admin-only API
 * (survey-routes.ts) refuses everyone else, so serving it to anyone gives nothing away.
 */
export function addEditorPageRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; this route reads no variables.
  app: Hono<any>,
  distDir: string | undefined,
): void {
  const sendPage = distDir
    ? serveStatic({
        root: resolve(distDir),
        precompressed: true,
        rewriteRequestPath: () => '/editor.html',
      })
    : undefined;
  app.get(EDITOR_PAGE_PATH, async (c) => {
    if (!sendPage) throw new ApiError(404, NOT_BUILT);
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept-Encoding');
    const page = await sendPage(c, async () => {});
    if (!page) throw new ApiError(404, NOT_BUILT);
    return page;
  });
}
