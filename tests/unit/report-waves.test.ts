import { describe, expect, it } from 'vitest';
import { checkWave, isDay, isInWave, waveOfDay } from '../../src/report/waves.ts';

const w2025 = { name: '2025', from: '2025-06-16', to: '2025-07-11' };
const w2026 = { name: '2026', from: '2026-06-18', to: '2026-07-14' };

describe('waves: answers belong to a wave by their day', () => {
  it('includes the first and the last day, nothing around them', () => {
    expect(isInWave('2026-06-18', w2026)).toBe(true);
    expect(isInWave('2026-07-14', w2026)).toBe(true);
    expect(isInWave('2026-06-17', w2026)).toBe(false);
    expect(isInWave('2026-07-15', w2026)).toBe(false);
    expect(isInWave('2026-12-01', w2026)).toBe(false);
  });

  it('finds the wave of a day among several, or none between waves', () => {
    expect(waveOfDay('2025-07-01', [w2025, w2026])?.name).toBe('2025');
    expect(waveOfDay('2026-07-01', [w2025, w2026])?.name).toBe('2026');
    expect(waveOfDay('2025-12-24', [w2025, w2026])).toBeUndefined();
  });

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
