import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { LOGIN_PATH, LOGOUT_PATH, SESSION_PATH } from '../../shared/results/results-paths.ts';
import { createLoginLimiter, type LoginLimiter } from '../auth/login-limit.ts';
import { verifyPassword } from '../auth/password.ts';
import { endSession, hasSession, setSessionCookie, startSession } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import { limitBody, requireJson } from '../routes/guards.ts';
import type { ResultsStore } from '../store/results-store.ts';

/**
 * The client's address, for the login delay only (login-limit.ts): in memory, never logged.
 * Requests without a socket (tests calling app.request) share one client.
 */
function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function addAuthRoutes(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; these routes read no variables.
  app: Hono<any>,
  store: ResultsStore,
  limiter: LoginLimiter = createLoginLimiter(),
): void {
  app.post(LOGIN_PATH, requireJson, limitBody(4096), async (c) => {
    const client = clientOf(c);
    const verdict = limiter.take(client);
    if (!verdict.ok) {
      const seconds = String(verdict.retryAfterSeconds);
      throw new ApiError(
        429,
        `Zu viele Anmeldeversuche. Bitte warten Sie ${seconds} Sekunden.`,
        undefined,
        { 'Retry-After': seconds },
      );
    }
    const body = (await c.req.json().catch(() => null)) as { password?: unknown } | null;
    const password = typeof body?.password === 'string' ? body.password : '';
    const stored = await store.getEvaluatorPasswordHash();
    if (!stored) {
      throw new ApiError(
        401,
        'Es ist noch kein Passwort für die Auswertung gesetzt. Die IT setzt es mit: npm run evaluator -- set-password',
      );
    }
    if (!(await verifyPassword(password, stored))) {
      throw new ApiError(401, 'Das Passwort ist nicht richtig.');
    }
    limiter.succeeded(client);
    setSessionCookie(c, await startSession(store));
    return c.body(null, 204);
  });

  app.post(LOGOUT_PATH, async (c) => {
    await endSession(c, store);
    return c.body(null, 204);
  });

  app.get(SESSION_PATH, async (c) => {
    if (!(await hasSession(c, store))) throw new ApiError(401, 'Nicht angemeldet.');
    return c.json({ loggedIn: true });
  });
}
