import { createHmac, randomBytes } from 'node:crypto';

/**
 * Ballot stuffing: one kiosk token could store 200 identical answer sets per
 * request. Sets beyond what one kiosk plausibly collects in a day, and long
 * runs of identical sets, are kept but flagged, so the results leave them out
 * by default (as they do for surveys finished implausibly fast).
 */
export interface StuffingLimits {
  /** Answer sets one kiosk may store per day before the rest are flagged. */
  setsPerKioskDay: number;
  /** Identical answer sets in a row from one kiosk on one day; more are flagged. */
  identicalRun: number;
}

export const DEFAULT_STUFFING_LIMITS: StuffingLimits = { setsPerKioskDay: 400, identicalRun: 10 };

/** What the server remembers of one kiosk's day: how many sets, and the run of identical ones. */
export interface KioskDay {
  sets: number;
  /** A keyed hash of the last set's answers (see answersMac), '' before the first. */
  lastMac: string;
  run: number;
}

/** The day's tally after one more set, and whether that set is to be flagged. */
export function tallySet(
  day: KioskDay,
  mac: string,
  limits: StuffingLimits,
): { day: KioskDay; suspicious: boolean } {
  const run = mac === day.lastMac ? day.run + 1 : 1;
  const next = { sets: day.sets + 1, lastMac: mac, run };
  return {
    day: next,
    suspicious: next.sets > limits.setsPerKioskDay || run > limits.identicalRun,
  };
}

/**
 * Compares answers without keeping them: an HMAC under a key that lives only
 * in this process's memory, so the tally stored in the database cannot be
 * matched to any answer set (after a restart a run simply starts anew).
 */
export function answersMac(): (canonicalAnswers: string) => string {
  const key = randomBytes(32);
  return (answers) => createHmac('sha256', key).update(answers).digest('base64url');
}
