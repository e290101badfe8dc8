import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../http-error.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { Kiosk, ServerStore } from '../store/server-store.ts';
import { hashToken } from '../tokens.ts';

export type KioskEnv = { Variables: { kiosk: Kiosk } };

const challenge = { 'WWW-Authenticate': 'Bearer realm="urne"' };

/** 401 unless the request carries the token of a registered, unrevoked kiosk. */
export function requireKiosk(store: ServerStore): MiddlewareHandler<KioskEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    if (!match?.[1]) {
      throw new ApiError(
        401,
        'This kiosk has no access token. Ask IT to register it (npm run kiosk -- add).',
        undefined,
        challenge,
      );
    }
    const kiosk = await store.findKioskByTokenHash(hashToken(match[1]));
    if (!kiosk) {
      throw new ApiError(
        401,
        'This kiosk’s access token is not known to the server. Ask IT for a new token.',
        undefined,
        challenge,
      );
    }
    if (kiosk.revoked) {
      throw new ApiError(
        401,
        'This kiosk’s access has been withdrawn. Ask IT to register it again.',
        undefined,
        challenge,
      );
    }
    c.set('kiosk', kiosk);
    await next();
  };
}

/** 429 with Retry-After when the kiosk sends more than its share; runs after authentication. */
export function limitRate(limiter: RateLimiter): MiddlewareHandler<KioskEnv> {
  return async (c, next) => {
    const verdict = limiter.take(c.get('kiosk').id);
    if (!verdict.ok) {
      const seconds = String(verdict.retryAfterSeconds);
      throw new ApiError(
        429,
        `This kiosk is sending too often. Please wait ${seconds} seconds and try again.`,
        undefined,
        { 'Retry-After': seconds },
      );
    }
    await next();
  };
}

/** 415 unless the body is declared as JSON (a charset parameter is fine). */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError(415, 'The request must be sent as JSON (Content-Type: application/json).');
  }
  await next();
};

/**
 * 413 when the body is larger than `maxBytes`, before any parsing: Hono's
 * bodyLimit refuses a declared Content-Length from the header alone (what a
 * kiosk's fetch sends) and counts a chunked body while it streams.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(
        413,
        `The request is too large (the limit is ${maxBytes} bytes). Send fewer answer sets per batch.`,
      );
    },
  });
}
