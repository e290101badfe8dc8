import type { Hono } from 'hono';
import { PREVIEW_PATH } from '../../shared/preview-path.ts';
import { CONTENT_SECURITY_POLICY } from '../security-headers.ts';
import { addBuiltPageRoute } from './built-page.ts';

/**
 * The one page that may be framed, and only by a page of this origin: the questionnaire editor
 * shows the kiosk's own page here beside the draft. Every other page stays unframable.
 */
export const PREVIEW_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "frame-ancestors 'none'",
  "frame-ancestors 'self'",
);

/**
 * GET /preview: the kiosk's page (index.html), which sees the path and runs as the editor's
 * preview (src/kiosk/preview/): it stores nothing and syncs nothing, so it holds nothing worth a
 * login; what it shows comes from the editor that frames it.
 */
export function addPreviewPageRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; this route reads no variables.
  app: Hono<any>,
  distDir: string | undefined,
): void {
  app.use(PREVIEW_PATH, async (c, next) => {
    await next();
    // Kept by securityHeaders, which sets its stricter defaults only where a route set none.
    c.res.headers.set('Content-Security-Policy', PREVIEW_CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Frame-Options', 'SAMEORIGIN');
  });
  addBuiltPageRoute(app, distDir, {
    path: PREVIEW_PATH,
    file: 'index.html',
    notBuilt: 'Die Kiosk-Vorschau ist nicht gebaut (npm run build).',
  });
}
