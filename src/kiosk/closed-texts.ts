import type { SurveyPeriod } from '../shared/kiosk-config-schema.ts';

/** Why citizens cannot answer right now. */
export type ClosedReason =
  | { kind: 'paused' }
  | { kind: 'before'; period: SurveyPeriod }
  | { kind: 'after'; period: SurveyPeriod };

export interface ClosedText {
  lang: 'de' | 'en';
  title: string;
  body: string;
}

/**
 * The closed screen's words, German and English together (no language switch
 * on a screen that takes no answers): "Die Befragung läuft vom 18. Juni bis 14. Juli."
 */
export function closedTexts(reason: ClosedReason): ClosedText[] {
  if (reason.kind === 'paused') {
    return [
      {
        lang: 'de',
        title: 'Die Befragung ist gerade geschlossen',
        body: 'Bitte versuchen Sie es später noch einmal. Vielen Dank für Ihr Interesse!',
      },
      {
        lang: 'en',
        title: 'The survey is closed right now',
        body: 'Please try again later. Thank you for your interest!',
      },
    ];
  }
  const de = range(reason.period, 'de-DE');
  const en = range(reason.period, 'en-GB');
  if (reason.kind === 'before') {
    return [
      {
        lang: 'de',
        title: 'Die Befragung hat noch nicht begonnen',
        body: `Die Befragung läuft vom ${de.from} bis ${de.to}.`,
      },
      {
        lang: 'en',
        title: 'The survey has not started yet',
        body: `The survey runs from ${en.from} to ${en.to}.`,
      },
    ];
  }
  return [
    {
      lang: 'de',
      title: 'Die Befragung ist beendet',
      body: `Die Befragung lief vom ${de.from} bis ${de.to}. Vielen Dank an alle, die mitgemacht haben!`,
    },
    {
      lang: 'en',
      title: 'The survey has ended',
      body: `The survey ran from ${en.from} to ${en.to}. Thank you to everyone who took part!`,
    },
  ];
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
