import type { UiTexts } from './de.ts';

/**
 * Leichte Sprache: short sentences, common words, one idea per sentence, long words split
 * with a hyphen ("Warte-Zeit"), numbers as digits. The scale asks about satisfaction as the German one does
 * (pooled answers must mean one thing), with "nicht" instead of the harder "un-".
 */
export const deXLs: UiTexts = {
  languageSwitch: 'Sprache',
  languageChoose: 'Wählen Sie Ihre Sprache.',
  close: 'Schließen',
  textSize: 'Schrift-Größe',
  textSizes: { normal: 'Normale Schrift', large: 'Große Schrift', xlarge: 'Sehr große Schrift' },
  readAloud: 'Vorlesen',
  readAloudStop: 'Vorlesen stoppen',
  readAloudMissing: 'Das Gerät kann diese Sprache nicht vorlesen.',
  welcomeTitle: 'Wie war Ihr Besuch heute?',
  welcomeLead: 'Sagen Sie uns Ihre Meinung. Dann können wir besser werden.',
  welcomeNote: 'Wir fragen nicht nach Ihrem Namen.',
  start: 'Befragung beginnen',
  welcomeTap: 'Tippen Sie auf ein Gesicht.',
  moreSaved: 'Danke! Wir haben Ihre Antwort gespeichert.',
  moreTitle: (minutes) => `Haben Sie noch ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} Zeit?`,
  moreBody: (questions) => `Wir haben noch ${questions} ${questions === 1 ? 'Frage' : 'Fragen'}.`,
  moreNo: 'Nein, danke',
  progress: (current, total) => `Frage ${current} von ${total}`,
  back: 'Zurück',
  skip: 'Weiter ohne Antwort',
  next: 'Weiter',
  send: 'Abschicken',
  sending: 'Bitte warten …',
  multiHint: 'Sie können mehr als 1 Antwort wählen.',
  optional: 'Sie müssen hier nicht antworten.',
  scale: {
    5: 'sehr zufrieden',
    4: 'zufrieden',
    3: 'mittel',
    2: 'nicht zufrieden',
    1: 'gar nicht zufrieden',
  },
  yesno: { yes: 'Ja', partly: 'Zum Teil', no: 'Nein' },
  textPrivacy: 'Bitte schreiben Sie keine Namen. Schreiben Sie nichts, was zeigt, wer Sie sind.',
  textPlaceholder: 'Ihre Idee',
  textCounter: (used, max) => `${used} von ${max} Zeichen`,
  thanksTitle: 'Vielen Dank!',
  thanksBody: 'Wir haben Ihre Antworten gespeichert. Einen schönen Tag noch!',
  idleTitle: 'Sind Sie noch da?',
  idleBody: (seconds) =>
    `Bitte tippen Sie auf den Knopf. Sonst beginnt die Befragung neu. Das passiert in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'}. Ihre Antworten bis jetzt bleiben gespeichert.`,
  idleContinue: 'Ja, ich bin noch da',
  apologyTitle: 'Das tut uns leid',
  apologyBody: 'Wir konnten Ihre Antworten nicht speichern. Bitte sagen Sie es am Schalter.',
  apologyDone: 'Zur Start-Seite',
  restartTitle: 'Für die Mitarbeiter: Bitte die App neu starten',
  restartBody:
    'Das Gerät kann gerade nichts speichern. Bitte tippen Sie auf: Neu starten. Die Antworten von vorher sind noch da.\nSie haben nichts falsch gemacht. Bitte sagen Sie es am Schalter.',
  restartButton: 'Neu starten',
  locale: 'de-DE',
  closedPausedTitle: 'Die Befragung ist gerade zu.',
  closedPausedBody: 'Bitte kommen Sie später wieder. Danke!',
  closedBeforeTitle: 'Die Befragung hat noch nicht angefangen.',
  closedBefore: (from, to) => `Die Befragung ist vom ${from} bis ${to}.`,
  closedAfterTitle: 'Die Befragung ist vorbei.',
  closedAfter: (from, to) =>
    `Die Befragung war vom ${from} bis ${to}. Danke an alle, die mitgemacht haben!`,
};
