import type { PinLock } from '../store/index.ts';

/** Wrong tries before the pad locks. */
export const MAX_TRIES = 5;
/** The first lock-out; each further one doubles it (30 s, 60 s, 120 s …), capped at a day. */
export const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

export const NO_LOCK: PinLock = { failures: 0, lockouts: 0, lockedUntil: 0 };

/** Milliseconds the pad stays locked at `nowMs`; 0 when a PIN may be tried. */
export function lockedFor(lock: PinLock, nowMs: number): number {
  return Math.max(0, lock.lockedUntil - nowMs);
}

/**
 * The state after a wrong PIN: the fifth wrong try in a row locks the pad, for
 * twice as long as the lock-out before. After a lock-out the count starts again
 * but the lock-outs keep growing until a right PIN resets everything.
 */
export function afterWrongPin(lock: PinLock, nowMs: number): PinLock {
  const failures = lock.failures + 1;
  if (failures < MAX_TRIES) return { ...lock, failures };
  const lockMs = Math.min(FIRST_LOCK_MS * 2 ** lock.lockouts, MAX_LOCK_MS);
  return { failures: 0, lockouts: lock.lockouts + 1, lockedUntil: nowMs + lockMs };
}

/** Tries left before the next lock-out. */
export function triesLeft(lock: PinLock): number {
  return MAX_TRIES - lock.failures;
}
