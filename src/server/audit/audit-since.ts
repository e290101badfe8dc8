import { auditTime } from '../auth/audit.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * `--since` (and the page's "seit"): a day (2026-06-01, from its start) or a time
 * (2026-06-01T10:00, 2026-06-01 10:00:30+02:00), UTC unless it names its offset. Returns the
 * bound in the form audit_log.at is compared with, or undefined when the text is no such date
 * (the caller says so in its own words). A day that does not exist (2026-02-30) is refused
 * rather than rolled over, so a typo never silently lists the wrong months.
 */
export function parseSince(text: string): string | undefined {
  const s = text.trim();
  const day = DAY.exec(s);
  if (day) return isRealDay(s) ? s : undefined;
  const time = TIME.exec(s);
  if (!time?.[1] || !time[2] || !isRealDay(time[1])) return undefined;
  const zone = time[3] ?? 'Z';
  const at = new Date(`${time[1]}T${time[2]}${zone.toUpperCase()}`);
  return Number.isNaN(at.getTime()) ? undefined : auditTime(at);
}

function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}
