import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../http-error.ts';
import type { Account, AccountStore } from '../store/account-store.ts';

export const SESSION_COOKIE = 'urne_session';
/** A working day: staff log in again the next morning. */
export const SESSION_HOURS = 8;

/** Like kiosk tokens: 256 random bits, so a plain SHA-256 is enough to store it. */
export const hashSessionId = (id: string): string =>
  createHash('sha256').update(id, 'utf8').digest('hex');

/** Over TLS directly, or behind a reverse proxy that terminates it. */
function isHttps(c: Context): boolean {
  return (
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() === 'https'
  );
}

/**
 * Starts a session for an account and returns its id (also used by `npm run report` without a
 * cookie jar). Sessions live in the database, so every server process behind a proxy knows them.
 */
export async function startSession(
  store: AccountStore,
  accountId: number,
  now = Date.now(),
): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await store.addSession(hashSessionId(id), accountId, now + SESSION_HOURS * 3600_000);
  return id;
}

export function setSessionCookie(c: Context, id: string): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

/** Ends the request's session; returns its account when there was a live one. */
export async function endSession(c: Context, store: AccountStore): Promise<Account | undefined> {
  const account = await sessionAccount(c, store);
  const id = getCookie(c, SESSION_COOKIE);
  if (id) await store.removeSession(hashSessionId(id));
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
  return account;
}

/** The account of the request's live session (a kiosk's Bearer token never counts). */
export async function sessionAccount(
  c: Context,
  store: AccountStore,
): Promise<Account | undefined> {
  const id = getCookie(c, SESSION_COOKIE);
  return id === undefined ? undefined : store.findSession(hashSessionId(id), Date.now());
}

/** The account requireLogin found; only inside routes behind it. */
export function accountOf(c: Context): Account {
  const account = c.get('account') as Account | undefined;
  if (!account) throw new Error('accountOf: this route is not behind requireLogin');
  return account;
}

/** 401 unless someone is logged in; the account is then `accountOf(c)`. */
export function requireLogin(store: AccountStore): MiddlewareHandler {
  return async (c, next) => {
    const account = await sessionAccount(c, store);
    if (!account) {
      throw new ApiError(401, 'Bitte melden Sie sich an, um die Ergebnisse zu sehen.');
    }
    c.set('account', account);
    await next();
  };
}
