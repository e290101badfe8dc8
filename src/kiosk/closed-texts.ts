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
 * so a new language brings them along): "Die Befragung läuft vom 18. Juni bis 14. Juli 2026."
 */
export function closedText(reason: ClosedReason, t: UiTexts): ClosedText {
  if (reason.kind === 'paused' || reason.kind === 'urnWithoutKey')
    return { title: t.closedPausedTitle, body: t.closedPausedBody };
  const { from, to } = range(reason.period, t.locale);
  return reason.kind === 'before'
    ? { title: t.closedBeforeTitle, body: oneFullStop(t.closedBefore(from, to)) }
    : { title: t.closedAfterTitle, body: oneFullStop(t.closedAfter(from, to)) };
}

/** Russian and Ukrainian dates end in "г." / "р.", and the sentence's own full stop follows. */
function oneFullStop(sentence: string): string {
  return sentence.replace(/\.\.(?=\s|$)/g, '.');
}

/**
 * "18. Juni" … "14. Juli 2027": the year always at the end (a sign saying only "June" leaves a
 * visitor guessing which one), at the start too where the period spans two years.
 */
function range(period: SurveyPeriod, locale: string): { from: string; to: string } {
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const withYear = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const withoutYear = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const at = (format: Intl.DateTimeFormat, day: string) =>
    format.format(new Date(`${day}T00:00:00Z`));
  return {
    from: at(sameYear ? withoutYear : withYear, period.from),
    to: at(withYear, period.to),
  };
}
