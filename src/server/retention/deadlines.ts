import { addDays } from '../enrollment-configuration.ts';
import { KEEP_MONTHS_MAX, KEEP_MONTHS_MIN, type WaveSchedule } from '../store/retention-store.ts';

/**
 * `months` calendar months after `day` (YYYY-MM-DD), on the same day of the month or, where that
 * month is shorter, on its last day (31 August + 6 months = 28/29 February).
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The last day a wave's free texts / answer sets are kept; they are deleted on any day after. */
export function keptUntil(w: WaveSchedule): { texts: string; sets: string } {
  return { texts: addMonths(w.to, w.keepTextsMonths), sets: addMonths(w.to, w.keepSetsMonths) };
}

/** What is due for the wave on `today`: texts and sets, each once its kept-until day is past. */
export function dueOn(w: WaveSchedule, today: string): { texts: boolean; sets: boolean } {
  const until = keptUntil(w);
  const sets = today > until.sets;
  // Deleting the sets deletes their texts: the texts' rows in answer_counts go with them.
  return { texts: sets || today > until.texts, sets };
}

/**
 * Test answers (a draft's test run on a kiosk, test_answer_sets) are kept this many days after the
 * day they were given, then deleted by the daily run. They only show an admin that a draft works
 * on a real tablet, which takes days, not months; 30 days still cover a trial of a month. They are
 * taps like a citizen's (a test tablet may stand at the exit), so they go long before the real
 * sets' 12 months. Counted from the set's own day, since a test answer keeps no more than an
 * answer set does (no run, no time): that day is never after the test's end, so no test answer
 * outlives its test by more than 30 days.
 */
export const TEST_ANSWERS_KEEP_DAYS = 30;

/** The first day whose test answers are still kept on `today`: older ones are due. */
export const testAnswersKeptFrom = (today: string): string =>
  addDays(today, -TEST_ANSWERS_KEEP_DAYS);

/** The periods the database gives a wave unless told otherwise (migration 8). */
export const DEFAULT_KEEP = { sets: 12, texts: 3 };

/**
 * Checks the periods of `wave add` (whole months, 1–120; texts no longer than sets, since the
 * texts are part of the sets). Returns the problems, empty when fine.
 */
export function checkKeepMonths(sets: number, texts: number): string[] {
  const problems: string[] = [];
  const inBounds = (n: number) =>
    Number.isInteger(n) && n >= KEEP_MONTHS_MIN && n <= KEEP_MONTHS_MAX;
  const bounds = `${KEEP_MONTHS_MIN} to ${KEEP_MONTHS_MAX}`;
  if (!inBounds(sets)) problems.push(`--keep-sets-months must be a whole number ${bounds}.`);
  if (!inBounds(texts)) problems.push(`--keep-texts-months must be a whole number ${bounds}.`);
  if (problems.length === 0 && texts > sets) {
    problems.push('Free texts are part of the answer sets: keep them no longer than the sets.');
  }
  return problems;
}
