import type { SurveyPeriod } from '../shared/kiosk-config-schema.ts';
import type { UiTexts } from './i18n/index.ts';

/** Why citizens cannot answer right now. */
export type ClosedReason =
  | { kind: 'paused' }
  /** A sealed wave's day, but the kiosk has no key yet: citizens read the paused sign. */
  | { kind: 'urnWithoutKey' }
  | { kind: 'before'; period: SurveyPeriod }
  | { kind: 'after'; period: SurveyPeriod };

export interface ClosedText {
  title: string;
  body: string;
}

/**
 * The closed screen's words in the citizen's language (the texts live with the other UI texts,
 * so a new language brings them along): "Die Befragung läuft vom 18. Juni bis 14. Juli."
 */
export function closedText(reason: ClosedReason, t: UiTexts): ClosedText {
  if (reason.kind === 'paused' || reason.kind === 'urnWithoutKey')
    return { title: t.closedPausedTitle, body: t.closedPausedBody };
  const { from, to } = range(reason.period, t.locale);
  return reason.kind === 'before'
    ? { title: t.closedBeforeTitle, body: t.closedBefore(from, to) }
    : { title: t.closedAfterTitle, body: t.closedAfter(from, to) };
}

/** "18. Juni" … "14. Juli"; the year only where the period spans two years. */
function range(period: SurveyPeriod, locale: string): { from: string; to: string } {
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
  const at = (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  return { from: at(period.from), to: at(period.to) };
}
