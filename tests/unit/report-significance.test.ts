import { describe, expect, it } from 'vitest';
import { ALPHA, erfc, twoProportionTest } from '../../src/shared/results/significance.ts';

// Reference values from Python's math.erfc with the same formula (pooled share, two-sided).
describe('two-proportion z-test (pooled, two-sided, α = 0.05)', () => {
  it('40 of 100 → 55 of 100: z = 2.1240, p = 0.0337, significant', () => {
    const t = twoProportionTest(40, 100, 55, 100);
    expect(t.difference).toBeCloseTo(0.15, 12);
    expect(t.z).toBeCloseTo(2.123977, 5);
    expect(t.p).toBeCloseTo(0.033672, 5);
    expect(t.significant).toBe(true);
  });

  it('the seed’s overall question, 82 of 235 → 97 of 243: +5 points, p = 0.2565, not significant', () => {
    const t = twoProportionTest(82, 235, 97, 243);
    expect(t.z).toBeCloseTo(1.134607, 5);
    expect(t.p).toBeCloseTo(0.25654, 4);
    expect(t.significant).toBe(false);
  });

  it('a fall is symmetric: 30 of 60 → 20 of 60, z = −1.8516, p = 0.0641 just above α', () => {
    const t = twoProportionTest(30, 60, 20, 60);
    expect(t.z).toBeCloseTo(-1.85164, 5);
    expect(t.p).toBeCloseTo(0.064078, 5);
    expect(t.p).toBeGreaterThan(ALPHA);
    expect(t.significant).toBe(false);
    expect(twoProportionTest(20, 60, 30, 60).p).toBeCloseTo(t.p, 12);
  });

  it('no change, or the same extreme in both waves, is p = 1', () => {
    expect(twoProportionTest(5, 10, 5, 10)).toEqual({
      difference: 0,
      z: 0,
      p: 1,
      significant: false,
    });
    expect(twoProportionTest(10, 10, 20, 20)).toEqual({
      difference: 0,
      z: 0,
      p: 1,
      significant: false,
    });
    expect(twoProportionTest(0, 10, 0, 20).p).toBe(1);
  });

  it('refuses counts that are not shares', () => {
    expect(() => twoProportionTest(1, 0, 1, 5)).toThrow(RangeError);
    expect(() => twoProportionTest(6, 5, 1, 5)).toThrow(RangeError);
    expect(() => twoProportionTest(-1, 5, 1, 5)).toThrow(RangeError);
  });

  it('erfc matches known values to 1e-7 (erfc(0) = 1, erfc(1.96/√2) = 0.05)', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1.959964 / Math.SQRT2)).toBeCloseTo(0.05, 7);
    expect(erfc(1)).toBeCloseTo(0.157299207, 7);
    expect(erfc(-1)).toBeCloseTo(1.842700793, 7);
  });
});
