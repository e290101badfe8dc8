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
