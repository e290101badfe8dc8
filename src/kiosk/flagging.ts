import type { KioskConfig } from './kiosk-config.ts';

/**
 * Notices surveys that were most likely not a citizen's honest answer: sent
 * faster than `minSurveyMs` after the first question appeared, or within
 * `cooldownMs` of the previous one (a child tapping through again and again).
 * Such answer sets are still stored, only marked `flagged`, so the evaluation
 * can leave them out. The times live in memory only (performance.now()), never
 * on disk and never next to an answer.
 */
export interface Flagger {
  /** The first question of a new survey is on screen. */
  started(nowMs: number): void;
  /** The citizen sent: whether this answer set is to be flagged. Remembers the time for the cooldown. */
  submitted(nowMs: number): boolean;
}

export function createFlagger(config: Pick<KioskConfig, 'minSurveyMs' | 'cooldownMs'>): Flagger {
  let startedAt: number | undefined;
  let lastSubmitAt: number | undefined;
  return {
    started(nowMs) {
      startedAt = nowMs;
    },
    submitted(nowMs) {
      // No start seen (cannot happen in the flow): judge by the cooldown alone.
      const tooFast = startedAt !== undefined && nowMs - startedAt < config.minSurveyMs;
      const tooSoon = lastSubmitAt !== undefined && nowMs - lastSubmitAt < config.cooldownMs;
      lastSubmitAt = nowMs;
      startedAt = undefined;
      return tooFast || tooSoon;
    },
  };
}
