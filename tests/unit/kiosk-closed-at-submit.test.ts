import { describe, expect, it } from 'vitest';
import type { KioskSettings } from '../../src/kiosk/active-survey.ts';
import { closedAtSubmit } from '../../src/kiosk/answer-set.ts';
import { readKioskConfig } from '../../src/kiosk/kiosk-config.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';

const survey = loadSurvey(buergerbueroSurvey);
const JULY = { from: '2026-06-18', to: '2026-07-14' };

function settings(version: string, period = JULY, paused = false): KioskSettings {
  return { active: { survey, version, office: 'Bürgerbüro Lünen', period }, paused };
}

describe('closedAtSubmit: may an answer set be stored when the citizen sends it?', () => {
  it('stores inside the period, on its first and last day too', () => {
    for (const day of ['2026-06-18', '2026-07-01', '2026-07-14']) {
      expect(closedAtSubmit(settings('v1'), settings('v1'), day)).toBeUndefined();
    }
  });

  it('refuses a survey begun on the last day and sent after midnight', () => {
    expect(closedAtSubmit(settings('v1'), settings('v1'), '2026-07-15')).toEqual({
      kind: 'after',
      period: JULY,
    });
  });

  it('refuses when staff paused or IT shortened the period while the citizen answered', () => {
    const paused = settings('v1', JULY, true);
    expect(closedAtSubmit(settings('v1'), paused, '2026-07-01')).toEqual({ kind: 'paused' });
    const shortened = settings('v1', { from: '2026-06-18', to: '2026-06-30' });
    expect(closedAtSubmit(settings('v1'), shortened, '2026-07-01')?.kind).toBe('after');
  });

  it('honours a period IT extended while the citizen answered (same survey)', () => {
    const extended = settings('v1', { from: '2026-06-18', to: '2026-07-31' });
    expect(closedAtSubmit(settings('v1'), extended, '2026-07-15')).toBeUndefined();
  });

  it('refuses an answer to a replaced survey whose own period is over', () => {
    const next = settings('v2', { from: '2026-07-15', to: '2026-08-31' });
    expect(closedAtSubmit(settings('v1'), next, '2026-07-15')?.kind).toBe('after');
    // Still inside its own period: the answer to the old survey is kept.
    expect(closedAtSubmit(settings('v1'), next, '2026-07-14')?.kind).toBe('before');
    const overlapping = settings('v2', { from: '2026-07-01', to: '2026-08-31' });
    expect(closedAtSubmit(settings('v1'), overlapping, '2026-07-10')).toBeUndefined();
  });
});

describe('storeTimeoutMs from the URL', () => {
  it('takes a shorter database timeout for tests, never below a second', () => {
    expect(readKioskConfig('').storeTimeoutMs).toBe(10_000);
    expect(readKioskConfig('?storeTimeoutMs=1500').storeTimeoutMs).toBe(1_500);
    expect(readKioskConfig('?storeTimeoutMs=10').storeTimeoutMs).toBe(10_000);
  });
});
