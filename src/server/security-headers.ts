import type { MiddlewareHandler } from 'hono';

/**
 * The protective headers every response carries: the kiosk, its service worker, the results page,
 * the API and every error. The built pages load their scripts from /assets/ (no inline script),
 * so script-src 'self' costs nothing; Preact sets styles through the CSSOM, which style-src does
 * not govern. No page may be framed (the results page's export and logout buttons could be
 * clickjacked), no address leaves in a Referer, and the browser features a survey tablet never
 * needs are switched off.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Sets SECURITY_HEADERS on whatever a later handler (or the error handler) answered. A route
 * with a stricter policy of its own keeps it: the urn-opening pages allow exactly their one
 * print script by hash and nothing else (sealed/urn-pages.ts), with frame-ancestors 'none' too.
 * So does the one page framed by its own origin, the editor's kiosk preview (routes/preview-page.ts).
 */
const OWN_POLICY = new Set(['Content-Security-Policy', 'X-Frame-Options']);

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (OWN_POLICY.has(name) && c.res.headers.has(name)) continue;
    c.res.headers.set(name, value);
  }
};
