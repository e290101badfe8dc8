import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkKeepMonths,
  dueOn,
  keptUntil,
} from '../../src/server/retention/deadlines.ts';
import type { WaveSchedule } from '../../src/server/store/retention-store.ts';

const wave = (to: string, keepSetsMonths = 12, keepTextsMonths = 3): WaveSchedule => ({
  waveId: 1,
  surveyId: 's',
  name: 'w',
  from: '2026-06-18',
  to,
  sealed: false,
  opened: false,
  keepSetsMonths,
  keepTextsMonths,
  setsDeletedOn: null,
  textsDeletedOn: null,
});

describe('deletion deadlines', () => {
  it('adds calendar months, ending on a shorter month’s last day', () => {
    expect(addMonths('2026-07-14', 12)).toBe('2027-07-14');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-31', 120)).toBe('2036-01-31');
  });

  it('keeps through the last day of the period and deletes on the day after', () => {
    const w = wave('2026-07-14');
    expect(keptUntil(w)).toEqual({ texts: '2026-10-14', sets: '2027-07-14' });
    expect(dueOn(w, '2026-10-14')).toEqual({ texts: false, sets: false });
    expect(dueOn(w, '2026-10-15')).toEqual({ texts: true, sets: false });
    expect(dueOn(w, '2027-07-14')).toEqual({ texts: true, sets: false });
    expect(dueOn(w, '2027-07-15')).toEqual({ texts: true, sets: true });
  });

  it('deletes the texts with the sets when both periods are equal', () => {
    expect(dueOn(wave('2026-07-14', 6, 6), '2027-01-15')).toEqual({ texts: true, sets: true });
  });

  it('takes whole months from 1 to 120, texts no longer than sets', () => {
    expect(checkKeepMonths(12, 3)).toEqual([]);
    expect(checkKeepMonths(120, 120)).toEqual([]);
    expect(checkKeepMonths(1, 1)).toEqual([]);
    expect(checkKeepMonths(0, 1)).toHaveLength(1);
    expect(checkKeepMonths(121, 3)).toHaveLength(1);
    expect(checkKeepMonths(12, 2.5)).toHaveLength(1);
    expect(checkKeepMonths(Number.NaN, 3)).toHaveLength(1);
    expect(checkKeepMonths(6, 12)).toEqual([
      'Free texts are part of the answer sets: keep them no longer than the sets.',
    ]);
  });
});
