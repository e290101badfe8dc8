import type { KioskConfig } from './kiosk-config.ts';

/**
 * Notices surveys that were most likely not a citizen's honest answer: sent
 * faster than `minSurveyMs` after the first answer, or within
 * `cooldownMs` of the previous one (a child tapping through again and again).
 * Such answer sets are still stored, only marked `flagged`, so the evaluation
 * can leave them out. The times live in memory only (performance.now()), never
 * on disk and never next to an answer.
 */
export interface Flagger {
  /** A new visitor began: the first question is on screen, or the welcome's face was tapped. */
  started(nowMs: number): void;
  /**
   * The visitor's set is finished: whether it is to be flagged. Remembers the time for the
   * cooldown. `oneTap`: only the welcome's answer, one deliberate tap, which no one can give
   * "too fast"; only the cooldown can flag it (a child tapping face after face).
   */
  submitted(nowMs: number, oneTap?: boolean): boolean;
}

export function createFlagger(config: Pick<KioskConfig, 'minSurveyMs' | 'cooldownMs'>): Flagger {
  let startedAt: number | undefined;
  let lastSubmitAt: number | undefined;
  return {
    started(nowMs) {
      startedAt = nowMs;
    },
    submitted(nowMs, oneTap = false) {
      // No start seen (cannot happen in the flow): judge by the cooldown alone.
      const tooFast = !oneTap && startedAt !== undefined && nowMs - startedAt < config.minSurveyMs;
      const tooSoon = lastSubmitAt !== undefined && nowMs - lastSubmitAt < config.cooldownMs;
      lastSubmitAt = nowMs;
      startedAt = undefined;
      return tooFast || tooSoon;
    },
  };
}
