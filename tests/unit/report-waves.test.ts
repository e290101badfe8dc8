import { describe, expect, it } from 'vitest';
import { checkWave, isDay } from '../../src/shared/results/waves.ts';

const w2025 = { name: '2025', from: '2025-06-16', to: '2025-07-11' };
const w2026 = { name: '2026', from: '2026-06-18', to: '2026-07-14' };

// Which wave an answer belongs to is decided in SQL (day BETWEEN from AND to):
// tests/server/results-waves.test.ts checks that through the real store.
describe('waves', () => {
  it('checks a new wave: real days, in order, unique name, no overlap', () => {
    expect(
      checkWave({ name: '2027', from: '2027-06-01', to: '2027-06-30' }, [w2025, w2026]),
    ).toEqual([]);
    expect(isDay('2026-02-30')).toBe(false);
    expect(checkWave({ name: 'x', from: '2026-02-30', to: '2026-03-01' }, [])).toHaveLength(1);
    expect(checkWave({ name: 'x', from: '2026-03-02', to: '2026-03-01' }, [])).toEqual([
      'Der erste Tag liegt nach dem letzten.',
    ]);
    expect(checkWave({ name: '2026', from: '2027-01-01', to: '2027-01-02' }, [w2026])[0]).toContain(
      'gibt es schon',
    );
    expect(
      checkWave({ name: 'Nachlauf', from: '2026-07-14', to: '2026-07-20' }, [w2026])[0],
    ).toContain('überschneidet');
  });
});
