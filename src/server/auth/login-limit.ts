/**
 * Login attempts for the whole server in a fixed window: at most `max` per
 * `windowMs`. One counter, not per address (the server never looks at
 * addresses). With scrypt and a 12+ character password, 10 tries per 5
 * minutes makes guessing hopeless; the price is that a flood can make the
 * evaluator wait up to 5 minutes.
 */
export interface LoginLimiter {
  take(): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createLoginLimiter(
  max = 10,
  windowMs = 5 * 60_000,
  now: () => number = () => performance.now(),
): LoginLimiter {
  let windowStart = Number.NEGATIVE_INFINITY;
  let used = 0;
  return {
    take() {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        used = 0;
      }
      if (used < max) {
        used += 1;
        return { ok: true };
      }
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)),
      };
    },
  };
}
