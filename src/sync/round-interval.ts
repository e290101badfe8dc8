/**
 * When the regular sync rounds run. Not right after a survey and not on a
 * fixed beat: either would let the server's arrival order or times tell when
 * each citizen answered. Each wait is drawn afresh, uniformly from the
 * interval, so a round's batch holds whatever waited since the last one.
 * Pure: randomness comes in as an argument.
 */
export interface RoundInterval {
  /** The shortest wait between two regular rounds. */
  minMs: number;
  /** The longest; equal to minMs only for a fixed beat (tests). */
  maxMs: number;
}

/** Every 10 to 30 minutes: a few answer sets per batch on a busy day, none tied to its moment. */
export const DEFAULT_ROUND_INTERVAL: RoundInterval = { minMs: 10 * 60_000, maxMs: 30 * 60_000 };

/**
 * The wait before the next regular round: a whole number of milliseconds in
 * [minMs, maxMs], each equally likely. `random` is uniform in [0, 1)
 * (Math.random, or a seeded function in tests). A reversed interval counts
 * as its own minimum.
 */
export function roundDelay(interval: RoundInterval, random: () => number = Math.random): number {
  const min = Math.max(0, interval.minMs);
  const span = Math.max(0, interval.maxMs - min);
  // +1: maxMs itself is reachable; min() guards a random() that returns 1 by mistake.
  return min + Math.min(span, Math.floor(random() * (span + 1)));
}
