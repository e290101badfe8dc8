import type { StaffStatus } from './status.ts';

/** Green, amber or red: whether the clerk can carry on, should look, or should call IT. */
export type SummaryLevel = 'ok' | 'warn' | 'problem';

/** Why the line is not green, most serious first; worded in staff-texts.ts. */
export type SummaryReason =
  | 'notSetUp'
  | 'refused'
  | 'enrollFailed'
  | 'urnNoKey'
  | 'paused'
  | 'offline'
  | 'syncFailed'
  | 'notSentLong';

export interface StatusSummary {
  level: SummaryLevel;
  reasons: SummaryReason[];
  waiting: number;
  lastSyncAt: string | undefined;
}

const PROBLEMS: readonly SummaryReason[] = ['notSetUp', 'refused', 'enrollFailed', 'urnNoKey'];
/** Sync problems only IT can solve: the tablet has no (valid) access to the server. */
const NOT_SET_UP = ['notProvisioned', 'unauthorized', 'badEndpoint'];
/** Answers waiting longer than this since the last transfer deserve a look. */
const LONG_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * The staff panel's first line, from the status the panel already reads. It says how many
 * answers wait, not how many came today: the tablet keeps no time of an answer (a sealed one
 * not even its day, and sent ones leave it), and a "today" counter would be a new record of
 * when people answered, which the survey's anonymity promise rules out.
 */
export function summarize(s: StaffStatus, now: Date): StatusSummary {
  const reasons: SummaryReason[] = [];
  const code = s.lastProblem?.code;
  const setUpMissing = code !== undefined && NOT_SET_UP.includes(code);
  if (setUpMissing) reasons.push('notSetUp');
  if (s.heldBatches > 0 || code === 'held') reasons.push('refused');
  if (s.enrollProblem) reasons.push('enrollFailed');
  if (s.urn?.kind === 'noKey' && s.urn.closedToday) reasons.push('urnNoKey');
  if (s.paused) reasons.push('paused');
  if (!s.online) reasons.push('offline');
  else if (code !== undefined && code !== 'held' && !setUpMissing) reasons.push('syncFailed');
  // Only after a first transfer: "noch nie gesendet" already ends the line otherwise.
  const last = s.lastSyncAt ? Date.parse(s.lastSyncAt) : undefined;
  if (s.waiting > 0 && last !== undefined && now.getTime() - last > LONG_MS) {
    reasons.push('notSentLong');
  }
  const level: SummaryLevel = reasons.some((r) => PROBLEMS.includes(r))
    ? 'problem'
    : reasons.length > 0
      ? 'warn'
      : 'ok';
  return { level, reasons, waiting: s.waiting, lastSyncAt: s.lastSyncAt };
}

/** "heute, 10:42", "gestern, 17:05" or "3. Dez. 2026": when, for people, in the tablet's zone. */
export function formatRecent(
  iso: string,
  now: Date,
  locale: string,
  words: { today: string; yesterday: string },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = date.toLocaleTimeString(locale, { timeStyle: 'short' });
  const day = (d: Date) => d.toDateString();
  if (day(date) === day(now)) return `${words.today}, ${time}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (day(date) === day(yesterday)) return `${words.yesterday}, ${time}`;
  return date.toLocaleDateString(locale, { dateStyle: 'medium' });
}
