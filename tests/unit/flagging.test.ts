import { describe, expect, it } from 'vitest';
import { createFlagger } from '../../src/kiosk/flagging.ts';

const config = { minSurveyMs: 5_000, cooldownMs: 10_000 };

describe('flagging implausible surveys', () => {
  it('keeps a survey of normal speed unflagged', () => {
    const flagger = createFlagger(config);
    flagger.started(1_000);
    expect(flagger.submitted(40_000)).toBe(false);
  });

  it('flags a survey sent faster than the minimum after its first question', () => {
    const flagger = createFlagger(config);
    flagger.started(1_000);
    expect(flagger.submitted(5_999)).toBe(true);
    const other = createFlagger(config);
    other.started(1_000);
    expect(other.submitted(6_000)).toBe(false);
  });

  it('flags a survey sent within the cooldown after the previous one, however slow', () => {
    const flagger = createFlagger(config);
    flagger.started(0);
    expect(flagger.submitted(20_000)).toBe(false);
    flagger.started(20_500);
    // 9.9 s after the previous send, although this survey itself took 9.4 s.
    expect(flagger.submitted(29_900)).toBe(true);
    flagger.started(30_000);
    // The cooldown counts from the last send, flagged or not.
    expect(flagger.submitted(39_000)).toBe(true);
    flagger.started(40_000);
    expect(flagger.submitted(60_000)).toBe(false);
  });

  it('never calls a single deliberate tap too fast, but the cooldown still flags repeated taps', () => {
    const flagger = createFlagger(config);
    flagger.started(0);
    // "Nein, danke" 0.8 s after the face: one tap, as fast as it should be.
    expect(flagger.submitted(800, true)).toBe(false);
    // A child tapping face after face: each within the cooldown of the one before.
    flagger.started(8_000);
    expect(flagger.submitted(8_600, true)).toBe(true);
    flagger.started(30_000);
    expect(flagger.submitted(31_000, true)).toBe(false);
    // More than the one tap, sent within the minimum: too fast, as before.
    flagger.started(50_000);
    expect(flagger.submitted(53_000)).toBe(true);
  });

  it('a zero minimum and cooldown flag nothing', () => {
    const flagger = createFlagger({ minSurveyMs: 0, cooldownMs: 0 });
    flagger.started(0);
    expect(flagger.submitted(0)).toBe(false);
    flagger.started(0);
    expect(flagger.submitted(0)).toBe(false);
  });
});
