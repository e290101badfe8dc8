/**
 * Per-kiosk token bucket, in memory: a kiosk may burst up to a minute's worth
 * of requests, then gets `perMinute` spread evenly. Keyed by kiosk id (never
 * by IP: the server does not look at addresses). Lost on restart, which is
 * fine for flood protection.
 */
export interface RateLimiter {
  /** Takes one request from the kiosk's bucket; returns seconds to wait if none is left. */
  take(kioskId: number): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createRateLimiter(
  perMinute: number,
  now: () => number = () => performance.now(),
): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    take(kioskId) {
      const t = now();
      const bucket = buckets.get(kioskId) ?? { tokens: perMinute, at: t };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      buckets.set(kioskId, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      const waitMs = (1 - bucket.tokens) / perMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
  };
}
