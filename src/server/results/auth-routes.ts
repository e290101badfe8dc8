import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import type { SessionInfo } from '../../shared/results/results-model.ts';
import { LOGIN_PATH, LOGOUT_PATH, SESSION_PATH } from '../../shared/results/results-paths.ts';
import { foldLogin } from '../auth/account-name.ts';
import { recordAudit } from '../auth/audit.ts';
import { createLoginLimiter, type LoginLimiter } from '../auth/login-limit.ts';
import { verifyPassword } from '../auth/password.ts';
import { mayExport } from '../auth/roles.ts';
import { endSession, sessionAccount, setSessionCookie, startSession } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import { limitBody, requireJson } from '../routes/guards.ts';
import type { ServerStore } from '../store/server-store.ts';

/**
 * The client's address, for the login delay only (login-limit.ts, stored as a hash for at most
 * an hour), never logged.
 * Requests without a socket (tests calling app.request) share one client.
 */
function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** One message for an unknown name and a wrong password: the login says nothing of who exists. */
const WRONG = 'Name oder Passwort ist nicht richtig.';

/**
 * A password hash nobody has, checked when the name is unknown, so an unknown name takes as long
 * as a wrong password (scrypt's cost) and the timing says nothing of who exists either.
 */
const NOBODY =
  'scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function addAuthRoutes(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; these routes read no variables.
  app: Hono<any>,
  store: ServerStore,
  limiter: LoginLimiter = createLoginLimiter(store),
): void {
  app.post(LOGIN_PATH, requireJson, limitBody(4096), async (c) => {
    const client = clientOf(c);
    const verdict = await limiter.take(client);
    if (!verdict.ok) {
      const seconds = String(verdict.retryAfterSeconds);
      throw new ApiError(
        429,
        `Zu viele Anmeldeversuche. Bitte warten Sie ${seconds} Sekunden.`,
        undefined,
        { 'Retry-After': seconds },
      );
    }
    const body = (await c.req.json().catch(() => null)) as {
      name?: unknown;
      password?: unknown;
    } | null;
    const name = typeof body?.name === 'string' ? body.name : '';
    const password = typeof body?.password === 'string' ? body.password : '';
    const account = name.trim() ? await store.findAccountByLogin(foldLogin(name)) : undefined;
    const right = await verifyPassword(password, account?.passwordHash ?? NOBODY);
    if (!account || !right || account.disabled) {
      // The name only when it is an account's: staff type passwords into the name field too.
      await recordAudit(store, account?.name ?? '(unbekannt)', 'login-failed', {
        ...(account?.disabled ? { disabled: true } : {}),
      });
      throw new ApiError(401, WRONG);
    }
    await limiter.succeeded(client);
    setSessionCookie(c, await startSession(store, account.id));
    await recordAudit(store, account.name, 'login');
    return c.body(null, 204);
  });

  app.post(LOGOUT_PATH, async (c) => {
    const account = await endSession(c, store);
    if (account) await recordAudit(store, account.name, 'logout');
    return c.body(null, 204);
  });

  app.get(SESSION_PATH, async (c) => {
    const account = await sessionAccount(c, store);
    if (!account) throw new ApiError(401, 'Nicht angemeldet.');
    const info: SessionInfo = {
      name: account.name,
      role: account.role,
      offices: account.offices,
      mayExport: mayExport(account),
    };
    return c.json(info);
  });
}
