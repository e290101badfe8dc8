import type { StaffTexts } from './staff-texts.ts';
import type { StaffStatus } from './status.ts';
import { formatRecent, summarize } from './status-summary.ts';

const MARKS = { ok: '✔', warn: '!', problem: '✖' } as const;

/**
 * The panel's first line, readable in a second: "✔ Alles in Ordnung · 3 Antworten warten ·
 * zuletzt gesendet: heute, 10:42", green, amber or red. A mark and words besides the colour.
 */
export function StatusSummary({
  t,
  locale,
  status,
  now = new Date(),
}: {
  t: StaffTexts;
  locale: string;
  status: StaffStatus;
  now?: Date;
}) {
  const s = summarize(status, now);
  const sent = s.lastSyncAt
    ? t.summaryLastSent(formatRecent(s.lastSyncAt, now, locale, t))
    : t.summaryNeverSent;
  const rest = [...s.reasons.map((r) => t.summaryReason[r]), t.summaryWaiting(s.waiting), sent];
  return (
    <p class={`staff__summary staff__summary--${s.level}`} data-level={s.level}>
      <span class="staff__summary-mark" aria-hidden="true">
        {MARKS[s.level]}
      </span>
      <span>
        <strong>{t.summaryLevel[s.level]}</strong> · {rest.join(' · ')}
      </span>
    </p>
  );
}
