/** The login delay's memory (auth/login-limit.ts), in the database so that every process shares it. */
export interface LoginDelayStore {
  /**
   * One try of `client` at `now` (epoch ms), in one transaction: refused while its wait runs,
   * else counted as a wrong try (until forgetLoginTries) with the wait `delayAfter(failures)`.
   * Forgets clients whose last wrong try is older than `maxAgeMs`.
   */
  takeLoginTry(
    client: string,
    now: number,
    delayAfter: (failures: number) => number,
    maxAgeMs: number,
  ): Promise<{ ok: true } | { ok: false; waitMs: number }>;
  forgetLoginTries(client: string): Promise<void>;
}

/**
 * When the wait after a try ends, as stored in `until_ms`: 0 for no wait. A free try must not
 * store its own time: tries sent together read the clock before they queue for the client's
 * row, so the next in line may hold an earlier time, and "now < until" refused it with 429 in
 * its free tries (seen on PostgreSQL under load).
 */
export const waitEndsAt = (now: number, waitMs: number): number => (waitMs > 0 ? now + waitMs : 0);
