/**
 * Whether a share changed between two waves by more than chance would explain: the
 * two-proportion z-test with the pooled share, two-sided, α = 0.05. Pure, so the report,
 * its method note and the unit tests agree on one definition.
 */

/** The significance level the report states in its method note. */
export const ALPHA = 0.05;

export interface ProportionTest {
  /** Difference of the shares, later minus earlier (−1 to 1). */
  difference: number;
  /** (p2 − p1) / √(p̂(1 − p̂)(1/n1 + 1/n2)), p̂ the pooled share; 0 when it is undefined. */
  z: number;
  /** Two-sided p-value, 2 · (1 − Φ(|z|)). */
  p: number;
  /** p < ALPHA. */
  significant: boolean;
}

/**
 * `x1` of `n1` in the earlier wave against `x2` of `n2` in the later one. Counts, not shares:
 * the test's standard error depends on how many answered. When both waves share the same extreme
 * (all or none), there is no spread to test against: z = 0, p = 1, not significant.
 * @throws RangeError for n ≤ 0 or a count outside 0…n (a caller's bug, not data).
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): ProportionTest {
  for (const [x, n] of [
    [x1, n1],
    [x2, n2],
  ] as const) {
    if (!(n > 0) || x < 0 || x > n) throw new RangeError(`${x} of ${n} is not a share`);
  }
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const z = se === 0 ? 0 : (p2 - p1) / se;
  const p = Math.min(1, 2 * upperTail(Math.abs(z)));
  return { difference: p2 - p1, z, p, significant: p < ALPHA };
}

/** 1 − Φ(z) for z ≥ 0, via erfc (W. J. Cody's rational approximations are overkill here). */
function upperTail(z: number): number {
  return erfc(z / Math.SQRT2) / 2;
}

/**
 * The complementary error function, Numerical Recipes' erfcc (Chebyshev fit, relative error
 * below 1.2e-7 everywhere): ample for a p-value compared with 0.05.
 */
export function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? y : 2 - y;
}
