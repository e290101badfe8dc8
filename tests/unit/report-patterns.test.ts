import { describe, expect, it } from 'vitest';
import { SCALE_FILLS, SCALE_PATTERNS } from '../../src/report/charts/Patterns.tsx';

// Greyscale lightness (ITU-R BT.601 luma, 0–255): what a black-and-white printer keeps.
function luma(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0);
}

// The average grey of a 6×6 tile: background and mark mixed by the mark's area.
const COVER = {
  solid: 0,
  diagonal: 1.6 / 6,
  dots: (Math.PI * 1.1 ** 2) / 36,
  cross: (2 * 0.8) / 6 - (0.8 * 0.8) / 36,
  bars: 1.2 / 6,
};
const tileGrey = (p: (typeof SCALE_PATTERNS)[string]) =>
  luma(p.background) * (1 - COVER[p.mark]) + luma(p.ink) * COVER[p.mark];

describe('scale chart patterns in black and white', () => {
  const levels = ['1', '2', '3', '4', '5'];

  it('every level of the scale has its own pattern and its own kind of mark', () => {
    const patterns = levels.map((l) => SCALE_PATTERNS[l]);
    expect(patterns.every((p) => p !== undefined)).toBe(true);
    expect(new Set(patterns.map((p) => p?.id)).size).toBe(5);
    expect(new Set(patterns.map((p) => p?.mark)).size).toBe(5);
    expect(new Set(levels.map((l) => SCALE_FILLS[l]?.fill)).size).toBe(5);
    for (const l of levels) expect(SCALE_FILLS[l]?.fill).toBe(`url(#${SCALE_PATTERNS[l]?.id})`);
  });

  it('the two ends (5 and 1), and any two levels, differ in grey as well', () => {
    const greys = levels.map((l) => tileGrey(SCALE_PATTERNS[l] as (typeof SCALE_PATTERNS)[string]));
    for (let i = 0; i < greys.length; i++) {
      for (let j = i + 1; j < greys.length; j++) {
        expect(
          Math.abs((greys[i] ?? 0) - (greys[j] ?? 0)),
          `${levels[i]} vs ${levels[j]}`,
        ).toBeGreaterThan(20);
      }
    }
  });
});
