import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../http-error.ts';
import type { ResultsStore } from '../store/results-store.ts';

export const SESSION_COOKIE = 'urne_evaluator';
/** A working day: an evaluator logs in again the next morning. */
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

/** Starts a session and returns its id (also used by `npm run report` without a cookie jar). */
export async function startSession(store: ResultsStore, now = Date.now()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await store.addEvaluatorSession(hashSessionId(id), now + SESSION_HOURS * 3600_000);
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

export async function endSession(c: Context, store: ResultsStore): Promise<void> {
  const id = getCookie(c, SESSION_COOKIE);
  if (id) await store.removeEvaluatorSession(hashSessionId(id));
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

/** Whether the request carries a live evaluator session (a kiosk's Bearer token never counts). */
export async function hasSession(c: Context, store: ResultsStore): Promise<boolean> {
  const id = getCookie(c, SESSION_COOKIE);
  return id !== undefined && (await store.hasEvaluatorSession(hashSessionId(id), Date.now()));
}

/** 401 unless an evaluator is logged in. */
export function requireEvaluator(store: ResultsStore): MiddlewareHandler {
  return async (c, next) => {
    if (!(await hasSession(c, store))) {
      throw new ApiError(401, 'Bitte melden Sie sich an, um die Ergebnisse zu sehen.');
    }
    await next();
  };
}
