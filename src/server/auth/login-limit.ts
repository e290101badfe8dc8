/**
 * A growing wait after wrong passwords, per client, so that guessing is slow for whoever guesses
 * and nobody else: a stranger's wrong passwords must never lock the evaluator out (a shared
 * counter did: 10 wrong tries per 5 minutes blocked the right one for everyone).
 *
 * The client is its address, kept in this process's memory only, for at most MAX_AGE_MS after its
 * last wrong try, and never logged or stored; a right password forgets it at once. The first
 * FREE_TRIES wrong passwords cost nothing (typos), then each doubles the wait, from 1 s up to
 * MAX_DELAY_MS. With scrypt and a 12+ character password that leaves guessing hopeless.
 *
 * Behind a reverse proxy every client has the proxy's address: then the proxy should limit by
 * client itself (this server does not trust X-Forwarded-For, which any client can send).
 */
export interface LoginLimiter {
  /**
   * Whether `client` may try now. A try counts as wrong from the start, until succeeded() says
   * otherwise: guesses sent all at once (while scrypt checks the first) cannot slip past.
   */
  take(client: string): { ok: true } | { ok: false; retryAfterSeconds: number };
  /** A right password: `client`'s record is dropped. */
  succeeded(client: string): void;
}

export const FREE_TRIES = 3;
export const MAX_DELAY_MS = 15 * 60_000;
const MAX_AGE_MS = 60 * 60_000;
/** Beyond this many remembered clients the oldest are forgotten, so memory stays bounded. */
const MAX_CLIENTS = 10_000;

export function createLoginLimiter(now: () => number = () => performance.now()): LoginLimiter {
  const clients = new Map<string, { failures: number; until: number; last: number }>();
  const forgetOld = (t: number) => {
    for (const [client, c] of clients) {
      if (t - c.last < MAX_AGE_MS && clients.size <= MAX_CLIENTS) break;
      clients.delete(client); // Map order is insertion order: the oldest come first.
    }
  };
  return {
    take(client) {
      const t = now();
      forgetOld(t);
      const c = clients.get(client);
      if (c && t < c.until) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((c.until - t) / 1000)) };
      }
      const failures = (c?.failures ?? 0) + 1;
      const delay =
        failures <= FREE_TRIES
          ? 0
          : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_TRIES - 1));
      clients.delete(client); // re-inserted last: the map stays ordered by last try
      clients.set(client, { failures, until: t + delay, last: t });
      return { ok: true };
    },
    succeeded(client) {
      clients.delete(client);
    },
  };
}
