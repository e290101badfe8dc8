import { createHash } from 'node:crypto';
import type { LoginDelayStore } from '../store/login-delay-store.ts';

/**
 * A growing wait after wrong passwords, per client, so that guessing is slow for whoever guesses
 * and nobody else: a stranger's wrong passwords must never lock staff out (a shared counter did:
 * 10 wrong tries per 5 minutes blocked the right one for everyone).
 *
 * Kept in the database (login_delays), not in memory: behind a proxy with several server processes
 * each would otherwise count on its own, and a guesser would get one free allowance per process.
 * The client is a hash of its address, kept at most MAX_AGE_MS after its last wrong try and never
 * logged; a right password forgets it at once. The first FREE_TRIES wrong passwords cost nothing
 * (typos), then each doubles the wait, from 1 s up to MAX_DELAY_MS. With scrypt and a 12+
 * character password that leaves guessing hopeless.
 *
 * Behind a reverse proxy every client has the proxy's address: then the proxy should limit by
 * client itself (this server does not trust X-Forwarded-For, which any client can send).
 */
export interface LoginLimiter {
  /**
   * Whether `client` may try now. A try counts as wrong from the start, until succeeded() says
   * otherwise: guesses sent all at once (while scrypt checks the first) cannot slip past.
   */
  take(client: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
  /** A right password: `client`'s record is dropped. */
  succeeded(client: string): Promise<void>;
}

export const FREE_TRIES = 3;
export const MAX_DELAY_MS = 15 * 60_000;
const MAX_AGE_MS = 60 * 60_000;

/** The wait after the n-th wrong try in a row. */
export const delayAfter = (failures: number): number =>
  failures <= FREE_TRIES ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_TRIES - 1));

/** The address as stored: a hash, so the table lists no staff member's address in clear. */
const clientKey = (address: string) =>
  createHash('sha256').update(`urne login delay\0${address}`, 'utf8').digest('hex');

export function createLoginLimiter(
  store: LoginDelayStore,
  now: () => number = Date.now,
): LoginLimiter {
  return {
    async take(client) {
      const verdict = await store.takeLoginTry(clientKey(client), now(), delayAfter, MAX_AGE_MS);
      return verdict.ok
        ? verdict
        : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(verdict.waitMs / 1000)) };
    },
    succeeded: (client) => store.forgetLoginTries(clientKey(client)),
  };
}
