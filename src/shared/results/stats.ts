/** 95 % two-sided. */
const Z = 1.959964;

export interface Estimate {
  value: number;
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `successes` of `n`: unlike p ± z·se it stays
 * within 0–1 and is honest for small n and shares near 0 or 1.
 */
export function wilsonInterval(successes: number, n: number): Estimate {
  if (n <= 0) return { value: 0, low: 0, high: 0 };
  const p = successes / n;
  const z2 = Z * Z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (Z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { value: p, low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

// Student's t, 97.5 % quantile, for 1–30 degrees of freedom.
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/** The t quantile for a 95 % interval; beyond 30 df a series expansion (error < 0.001). */
export function tQuantile975(df: number): number {
  if (df < 1) return Number.POSITIVE_INFINITY;
  const tabled = T_975[df - 1];
  if (tabled !== undefined) return tabled;
  const z = Z;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

/** The ends of the five-point scale: no mean can lie outside them, nor its interval. */
export const SCALE_RANGE = { min: 1, max: 5 } as const;

/**
 * Mean of values given as counts (value → how many), with the t interval
 * mean ± t·s/√n, cut at the scale's ends (for small n or answers near an end,
 * mean ± t·s/√n would reach below 1 or above 5, values nobody can give).
 * For one answer the interval is undefined: low = high = mean.
 */
export function meanInterval(
  counts: ReadonlyMap<number, number>,
  range: { min: number; max: number } = SCALE_RANGE,
): Estimate & { n: number } {
  let n = 0;
  let sum = 0;
  for (const [value, count] of counts) {
    n += count;
    sum += value * count;
  }
  if (n === 0) return { n, value: 0, low: 0, high: 0 };
  const mean = sum / n;
  if (n === 1) return { n, value: mean, low: mean, high: mean };
  let squares = 0;
  for (const [value, count] of counts) squares += count * (value - mean) ** 2;
  const se = Math.sqrt(squares / (n - 1) / n);
  const half = tQuantile975(n - 1) * se;
  return {
    n,
    value: mean,
    low: Math.max(range.min, mean - half),
    high: Math.min(range.max, mean + half),
  };
}
