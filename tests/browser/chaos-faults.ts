import type { Fault, FaultChoice } from './chaos-proxy.ts';

/** mulberry32: a tiny seeded PRNG, so a chaos run is repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks faults at random by weight, with delays up to `maxDelayMs`. */
export function randomFaults(
  random: () => number,
  weights: Partial<Record<Fault, number>>,
  maxDelayMs: number,
): (path: string) => FaultChoice {
  const entries = Object.entries(weights) as [Fault, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let roll = random() * total;
    const delayMs = Math.floor(random() * maxDelayMs);
    for (const [fault, weight] of entries) {
      roll -= weight;
      if (roll < 0) return { fault, delayMs };
    }
    return { fault: 'pass' };
  };
}

/** Plays `script` in order for API requests, then passes everything through. */
export function scriptedFaults(script: FaultChoice[]): (path: string) => FaultChoice {
  return () => script.shift() ?? { fault: 'pass' };
}
