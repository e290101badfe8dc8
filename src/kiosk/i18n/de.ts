/**
 * The kiosk's own texts in German, the default language and the only one in the first-load
 * bundle. Every other language module is typed as `UiTexts`, so a missing key there is a compile
 * error (and tests/unit/i18n-completeness.test.ts checks the values). Survey texts (questions,
 * options) live in the survey definition and src/survey/translations/ instead; each language's
 * own name is in languages.ts, because the switch shows it before the language is loaded.
 */
export const de = {
  languageSwitch: 'Sprache',
  languageChoose: 'Sprache wählen',
  close: 'Schließen',
  textSize: 'Schriftgröße',
  textSizes: { normal: 'Normale Schrift', large: 'Große Schrift', xlarge: 'Sehr große Schrift' },
  readAloud: 'Vorlesen',
  readAloudStop: 'Vorlesen beenden',
  readAloudMissing: 'Vorlesen ist in dieser Sprache auf diesem Gerät nicht möglich.',
  welcomeTitle: 'Wie war Ihr Besuch heute?',
  welcomeLead: 'Ihre Meinung hilft uns, besser zu werden.',
  welcomeNote: 'Die Befragung ist anonym.',
  start: 'Befragung starten',
  /** The welcome screen with the overall question: its faces are the first answer. */
  welcomeTap: 'Tippen Sie auf ein Gesicht.',
  /** After the first tap: the answer is stored, the rest is offered (honestly timed). */
  moreSaved: 'Danke! Ihre Antwort ist gespeichert.',
  moreTitle: (minutes: number) =>
    `Haben Sie noch ${minutes === 1 ? 'eine Minute' : `${minutes} Minuten`}?`,
  moreBody: (questions: number) =>
    `Noch ${questions} kurze ${questions === 1 ? 'Frage' : 'Fragen'}.`,
  moreNo: 'Nein, danke',
  progress: (current: number, total: number) => `Frage ${current} von ${total}`,
  back: 'Zurück',
  skip: 'Überspringen',
  next: 'Weiter',
  send: 'Absenden',
  sending: 'Wird gespeichert …',
  multiHint: 'Mehrere Antworten möglich',
  optional: 'Freiwillig',
  scale: {
    5: 'sehr zufrieden',
    4: 'zufrieden',
    3: 'teils/teils',
    2: 'unzufrieden',
    1: 'sehr unzufrieden',
  },
  yesno: { yes: 'Ja', partly: 'Teilweise', no: 'Nein' },
  textPrivacy: 'Bitte geben Sie keine Namen oder andere persönliche Daten ein.',
  textPlaceholder: 'Ihre Anregung (freiwillig)',
  textCounter: (used: number, max: number) => `${used} von ${max} Zeichen`,
  thanksTitle: 'Vielen Dank!',
  thanksBody: 'Ihre Antworten wurden gespeichert. Wir wünschen Ihnen einen schönen Tag.',
  idleTitle: 'Sind Sie noch da?',
  idleBody: (seconds: number) =>
    `Ohne Eingabe beginnt die Befragung in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} von vorn. Ihre bisherigen Antworten bleiben gespeichert.`,
  idleContinue: 'Ja, weiter',
  apologyTitle: 'Das tut uns leid',
  apologyBody:
    'Ihre Antworten konnten leider nicht gespeichert werden. Bitte sagen Sie am Schalter Bescheid.',
  apologyDone: 'Zur Startseite',
  /**
   * The store is broken: only staff can help, so the screen speaks to them first; after the line
   * break a note for the visitor, who did nothing wrong (shown as a paragraph of its own).
   */
  restartTitle: 'Für das Personal: Bitte die App neu starten',
  restartBody:
    'Das Gerät kann gerade nichts speichern. Bitte auf „Neu starten“ tippen; gespeicherte Antworten bleiben erhalten.\nSie haben nichts falsch gemacht. Bitte sagen Sie am Schalter Bescheid.',
  restartButton: 'Neu starten',
  /** The closed screen: paused by staff, before or after the survey period (dates in `locale`). */
  locale: 'de-DE',
  closedPausedTitle: 'Die Befragung ist gerade geschlossen',
  closedPausedBody: 'Bitte versuchen Sie es später noch einmal. Vielen Dank für Ihr Interesse!',
  closedBeforeTitle: 'Die Befragung hat noch nicht begonnen',
  closedBefore: (from: string, to: string) => `Die Befragung läuft vom ${from} bis ${to}.`,
  closedAfterTitle: 'Die Befragung ist beendet',
  closedAfter: (from: string, to: string) =>
    `Die Befragung lief vom ${from} bis ${to}. Vielen Dank an alle, die mitgemacht haben!`,
};

/** The shape every language module must have: the same keys, the same functions. */
export type UiTexts = typeof de;
