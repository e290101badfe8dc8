import { describe, expect, it } from 'vitest';
import { meanInterval, tQuantile975, wilsonInterval } from '../../src/shared/results/stats.ts';

describe('95 % intervals (hand-computed)', () => {
  it('Wilson: 4 of 9 → 0.444 (0.1888–0.7333)', () => {
    const w = wilsonInterval(4, 9);
    expect(w.value).toBeCloseTo(4 / 9, 12);
    expect(w.low).toBeCloseTo(0.18877, 4);
    expect(w.high).toBeCloseTo(0.73335, 4);
  });

  it('Wilson stays inside 0–1 at the edges, where p ± z·se would not', () => {
    const none = wilsonInterval(0, 10);
    expect(none.low).toBeCloseTo(0, 12);
    expect(none.high).toBeCloseTo(0.27753, 4);
    const all = wilsonInterval(10, 10);
    expect(all.high).toBeCloseTo(1, 12);
    expect(all.low).toBeCloseTo(0.72247, 4);
    expect(wilsonInterval(0, 0)).toEqual({ value: 0, low: 0, high: 0 });
  });

  it('t quantiles: the table up to 30 df, a series beyond (t(40) = 2.0211)', () => {
    expect(tQuantile975(5)).toBe(2.571);
    expect(tQuantile975(30)).toBe(2.042);
    expect(tQuantile975(40)).toBeCloseTo(2.0211, 3);
    expect(tQuantile975(10_000)).toBeCloseTo(1.96, 2);
  });

  it('mean of 5,5,4,4,3,1 = 3.667, t interval 2.086–5.247 with 5 df (shown as 2.086–5)', () => {
    const counts = new Map([
      [5, 2],
      [4, 2],
      [3, 1],
      [1, 1],
    ]);
    const open = meanInterval(counts, { min: -Infinity, max: Infinity });
    expect(open.n).toBe(6);
    expect(open.value).toBeCloseTo(22 / 6, 12);
    expect(open.low).toBeCloseTo(2.0864, 3);
    expect(open.high).toBeCloseTo(5.2469, 3);
    expect(meanInterval(counts)).toEqual({ ...open, high: 5 });
  });

  it('one answer has no spread: the interval collapses to the value; none is 0', () => {
    expect(meanInterval(new Map([[4, 1]]))).toEqual({ n: 1, value: 4, low: 4, high: 4 });
    expect(meanInterval(new Map()).n).toBe(0);
  });

  it('cuts the mean interval at the scale ends 1 and 5', () => {
    // 5, 5, 4: mean 4.667, s = 0.577, t(2) = 4.303: 4.667 ± 1.434 would reach 6.1.
    const high = meanInterval(
      new Map([
        [5, 2],
        [4, 1],
      ]),
    );
    expect(high.value).toBeCloseTo(14 / 3, 10);
    expect(high.low).toBeCloseTo(14 / 3 - (4.303 * Math.sqrt(1 / 3)) / Math.sqrt(3), 3);
    expect(high.high).toBe(5);
    // 1, 1, 2: the mirror image, cut at 1.
    const low = meanInterval(
      new Map([
        [1, 2],
        [2, 1],
      ]),
    );
    expect(low.low).toBe(1);
    expect(low.high).toBeCloseTo(4 / 3 + (4.303 * Math.sqrt(1 / 3)) / Math.sqrt(3), 3);
  });
});
