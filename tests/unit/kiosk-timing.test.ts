import { describe, expect, it } from 'vitest';
import { idlePhase, idleWatch } from '../../src/kiosk/idle.ts';
import { DEFAULT_KIOSK_CONFIG, readKioskConfig } from '../../src/kiosk/kiosk-config.ts';
import { initialKioskState } from '../../src/kiosk/kiosk-state.ts';

describe('idlePhase', () => {
  const config = { idleMs: 60_000, countdownMs: 15_000 };

  it('stays active until the idle time has passed', () => {
    expect(idlePhase(0, config)).toEqual({ kind: 'active' });
    expect(idlePhase(59_999, config)).toEqual({ kind: 'active' });
  });

  it('then asks, counting whole seconds down', () => {
    expect(idlePhase(60_000, config)).toEqual({ kind: 'asking', secondsLeft: 15 });
    expect(idlePhase(60_001, config)).toEqual({ kind: 'asking', secondsLeft: 15 });
    expect(idlePhase(74_000, config)).toEqual({ kind: 'asking', secondsLeft: 1 });
    expect(idlePhase(74_999, config)).toEqual({ kind: 'asking', secondsLeft: 1 });
  });

  it('expires when the countdown reaches zero', () => {
    expect(idlePhase(75_000, config)).toEqual({ kind: 'expired' });
    expect(idlePhase(3_600_000, config)).toEqual({ kind: 'expired' });
  });

  it('expires without asking when there is no countdown', () => {
    expect(idlePhase(60_000, { idleMs: 60_000, countdownMs: 0 })).toEqual({ kind: 'expired' });
  });
});

describe('idleWatch', () => {
  it('watches a survey in progress, a welcome screen left in English, and nothing else', () => {
    const q = { ...initialKioskState, screen: { kind: 'question' as const, id: 'reason' } };
    expect(idleWatch(q, 'de')).toBe('survey');
    expect(idleWatch(initialKioskState, 'de')).toBe('none');
    expect(idleWatch({ ...initialKioskState, lang: 'en' }, 'de')).toBe('quiet');
    expect(idleWatch({ ...q, screen: { kind: 'sending', id: 'improve' } }, 'de')).toBe('none');
    expect(idleWatch({ ...q, screen: { kind: 'thanks' } }, 'de')).toBe('none');
  });
});

describe('readKioskConfig', () => {
  it('uses the defaults: 60 s idle, 20 s countdown (WCAG 2.2.1: 20 s to extend), 6 s thanks locked for 2 s', () => {
    expect(readKioskConfig('')).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(DEFAULT_KIOSK_CONFIG).toMatchObject({
      idleMs: 60_000,
      countdownMs: 20_000,
      thankYouMs: 6_000,
      thankYouLockMs: 2_000,
    });
  });

  it('takes shortened timings from the URL (tests)', () => {
    const config = readKioskConfig('?idleMs=1500&countdownMs=1500&thankYouMs=1000');
    expect(config).toMatchObject({ idleMs: 1500, countdownMs: 1500, thankYouMs: 1000 });
    // The tap lock never outlasts half the thank-you.
    expect(config.thankYouLockMs).toBe(500);
  });

  it('ignores nonsense: not a number, negative, too short, too long, unknown keys', () => {
    const config = readKioskConfig(
      '?idleMs=abc&countdownMs=-5&thankYouMs=10&confirmMs=5000&thankYouLockMs=99999',
    );
    expect(config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(readKioskConfig('?idleMs=99999999').idleMs).toBe(60_000);
  });

  it('sends in rounds every 10–30 minutes unless a link shrinks the interval (tests); a reversed one is ignored', () => {
    expect(DEFAULT_KIOSK_CONFIG).toMatchObject({ roundMinMs: 600_000, roundMaxMs: 1_800_000 });
    expect(readKioskConfig('?roundMinMs=200&roundMaxMs=600')).toMatchObject({
      roundMinMs: 200,
      roundMaxMs: 600,
    });
    expect(readKioskConfig('?roundMinMs=900&roundMaxMs=600')).toMatchObject({
      roundMinMs: 600_000,
      roundMaxMs: 1_800_000,
    });
    expect(readKioskConfig('?roundMinMs=10&roundMaxMs=0').roundMinMs).toBe(600_000);
  });

  it('lets tests drop the pause after an answer, but never stretch it past 2 s', () => {
    expect(readKioskConfig('?confirmMs=0').confirmMs).toBe(0);
    expect(readKioskConfig('?confirmMs=2001').confirmMs).toBe(300);
  });
});
