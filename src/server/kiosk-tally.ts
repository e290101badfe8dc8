import { createHmac, hkdfSync, randomBytes } from 'node:crypto';

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

/** The shortest URNE_TALLY_SECRET accepted: `openssl rand -base64 32` prints 44 characters. */
export const MIN_TALLY_SECRET_LENGTH = 32;

/**
 * Compares answers without keeping them: an HMAC under a key that is never in the database.
 * A survey has few plausible answer sets, so with the key beside the tally anyone holding a copy
 * of the database could hash each candidate and read every kiosk's last answer set of the day
 * off `last_mac` — which set was the day's last visitor's.
 *
 * Without `secret` the key is drawn in this process's memory (one server process; after a
 * restart a run simply starts anew). Several processes behind one proxy must compare the same
 * way, or a run split between them starts anew in each: IT gives them all the same
 * URNE_TALLY_SECRET (docs/install.md), from which the key is derived here, bound to this one use.
 */
export function answersMac(secret?: string): (canonicalAnswers: string) => string {
  const key = secret
    ? Buffer.from(hkdfSync('sha256', secret, '', 'urne kiosk tally', 32))
    : randomBytes(32);
  return (answers) => createHmac('sha256', key).update(answers).digest('base64url');
}
