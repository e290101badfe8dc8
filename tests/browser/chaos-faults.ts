// mulberry32, seeded: a chaos run is repeatable.
import { seededRandom } from '../utils.ts';
import type { Fault, FaultChoice } from './chaos-proxy.ts';

export { seededRandom };

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
