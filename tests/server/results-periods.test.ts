import { describe, expect, it } from 'vitest';
import { countPeriods, isoMonday, partitionDays } from '../../src/server/results/periods.ts';

const cells = (day: string, ...n: number[]) => n.map((x, i) => ({ day, cell: `c${i}`, n: x }));

describe('the per-day chart’s periods', () => {
  it('finds the Monday of the ISO week', () => {
    expect(isoMonday('2026-06-18')).toBe('2026-06-15');
    expect(isoMonday('2026-06-15')).toBe('2026-06-15');
    expect(isoMonday('2026-06-21')).toBe('2026-06-15');
  });

  it('keeps days whose every cell is 0 or at least 5, and merges a week with a small day', () => {
    const parts = partitionDays(
      [
        ...cells('2026-06-08', 5, 6),
        ...cells('2026-06-15', 5, 0),
        ...cells('2026-06-16', 1, 5),
        ...cells('2026-06-17', 5, 5),
      ],
      '2026-06-08',
      '2026-06-30',
    );
    expect(parts.map(({ from, to }) => [from, to])).toEqual([
      ['2026-06-08', '2026-06-08'],
      ['2026-06-15', '2026-06-21'],
    ]);
    const shown = countPeriods(parts, [
      { day: '2026-06-08', n: 11 },
      { day: '2026-06-15', n: 5 },
      { day: '2026-06-16', n: 6 },
      { day: '2026-06-17', n: 10 },
    ]);
    expect(shown).toEqual([
      { from: '2026-06-08', to: '2026-06-08', n: 11 },
      { from: '2026-06-15', to: '2026-06-21', n: 21 },
    ]);
  });

  it('merges a week still small in one cell with its neighbour', () => {
    const parts = partitionDays(
      [...cells('2026-06-08', 5, 5), ...cells('2026-06-16', 1, 5)],
      '2026-06-08',
      '2026-06-30',
    );
    expect(parts.map(({ from, to }) => [from, to])).toEqual([['2026-06-08', '2026-06-21']]);
  });
});
