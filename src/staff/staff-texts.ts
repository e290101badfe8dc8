/**
 * The staff screens' texts, German first, English for colleagues who prefer it.
 * Every sentence is plain language for office staff, never an error name.
 */
export const staffDe = {
  langName: 'Deutsch',
  title: 'Personalbereich',
  close: 'Schließen',
  cancel: 'Abbrechen',
  pinTitle: 'PIN eingeben',
  pinHint: 'Bitte die PIN für den Personalbereich eingeben.',
  pinOk: 'OK',
  pinDelete: 'Löschen',
  pinDigits: (n: number) => `${n} ${n === 1 ? 'Ziffer' : 'Ziffern'} eingegeben`,
  pinWrong: (left: number) =>
    `Die PIN ist falsch. Noch ${left} ${left === 1 ? 'Versuch' : 'Versuche'}, dann wird gesperrt.`,
  pinLocked: (seconds: number) =>
    `Zu viele falsche Versuche. Bitte in ${seconds} Sekunden erneut versuchen.`,
  pinChecking: 'PIN wird geprüft …',
  newPinTitle: 'Neue PIN festlegen',
  newPinHint: 'Bitte eine PIN mit 4 bis 8 Ziffern wählen.',
  newPinRepeat: 'Bitte dieselbe PIN noch einmal eingeben.',
  newPinMismatch: 'Die beiden Eingaben stimmen nicht überein. Bitte noch einmal von vorn.',
  newPinTooShort: 'Eine PIN hat 4 bis 8 Ziffern.',
  newPinSaved: 'Die neue PIN ist gespeichert.',
  statusHeading: 'Zustand des Geräts',
  summaryLevel: {
    ok: 'Alles in Ordnung',
    warn: 'Bitte ansehen',
    problem: 'Bitte die IT informieren',
  },
  summaryReason: {
    notSetUp: 'Gerät ist nicht beim Server angemeldet',
    refused: 'der Server nimmt Antworten nicht an',
    enrollFailed: 'Einrichtung hat nicht geklappt',
    urnNoKey: 'Urne ohne Schlüssel, Befragung geschlossen',
    paused: 'Befragung pausiert',
    offline: 'keine Netzverbindung',
    syncFailed: 'letzte Übertragung fehlgeschlagen',
    notSentLong: 'seit über zwei Tagen nicht gesendet',
  },
  summaryWaiting: (n: number) =>
    n === 0 ? 'nichts wartet' : n === 1 ? '1 Antwort wartet' : `${n} Antworten warten`,
  summaryLastSent: (when: string) => `zuletzt gesendet: ${when}`,
  summaryNeverSent: 'noch nie gesendet',
  today: 'heute',
  yesterday: 'gestern',
  itDetails: 'Details für die IT',
  setupButton: 'Einrichtung (IT)',
  waiting: 'Antworten auf dem Gerät (noch nicht gesendet)',
  sentTotal: 'Antworten insgesamt gesendet',
  lastSync: 'Letzte Übertragung',
  neverSynced: 'Noch nie erfolgreich übertragen.',
  syncedAt: (when: string, problem: string) =>
    problem
      ? `Zuletzt erfolgreich am ${when}. Danach: ${problem}`
      : `Erfolgreich am ${when}, seitdem ohne Probleme.`,
  held: 'Sendungen, die der Server nicht annimmt (bleiben sicher auf dem Gerät)',
  enrollment: 'Einrichtung',
  storage: 'Speicher',
  storagePersistent: 'dauerhaft – der Browser löscht die Daten nicht von selbst',
  storageNotPersistent: 'nicht dauerhaft – der Browser könnte Daten bei Platzmangel löschen',
  storageUse: (used: string, total: string) => `${used} von ${total} belegt`,
  storageUnknown: 'Belegung unbekannt',
  versions: 'Version',
  versionLine: (app: string, survey: string) => `App ${app} · Befragung ${survey}`,
  network: 'Netzwerk',
  online:
    'Der Browser meldet eine Netzverbindung (ob der Server erreichbar ist, zeigt „Jetzt senden“).',
  offline: 'Der Browser meldet: keine Netzverbindung.',
  surveyState: 'Befragung',
  languages: 'Sprachen',
  languagesComplete: 'alle Texte in allen Sprachen vorhanden',
  languagesFallback: (list: string) => `teils auf Deutsch gezeigt: ${list}`,
  textCount: (n: number, locale: string) =>
    `${n.toLocaleString(locale)} ${n === 1 ? 'Text fehlt' : 'Texte fehlen'}`,
  surveyRunning: 'läuft',
  surveyPaused: 'pausiert – Bürgerinnen und Bürger sehen „geschlossen“',
  surveyNoKey:
    'Diese Befragung ist versiegelt, aber das Gerät hat den Schlüssel der Urne noch nicht. Bitte die IT, die Schlüsselzeremonie abzuschließen; danach holt das Gerät den Schlüssel bei der nächsten Verbindung.',
  urn: 'Urne',
  urnSealed: (fingerprint: string) => `versiegelt · Schlüssel ${fingerprint}`,
  urnNoKey: 'Schlüssel fehlt',
  results: 'Ergebnisse',
  resultsOpen: 'offen (live)',
  actionsHeading: 'Aktionen',
  syncNow: 'Jetzt senden',
  syncing: 'Wird gesendet …',
  syncDone: (n: number) =>
    n > 0
      ? `Gesendet: ${n} Antworten. Der Server hat sie bestätigt.`
      : 'Alles ist gesendet; es wartete nichts.',
  syncFailed: 'Senden hat nicht geklappt.',
  syncError: 'Das Senden ist unerwartet abgebrochen. Die Antworten bleiben sicher auf dem Gerät.',
  exportBackup: 'Sicherung exportieren',
  exporting: 'Sicherung wird erstellt …',
  exportDone: (n: number, file: string) => `Sicherung mit ${n} Antworten erstellt: ${file}.`,
  exportFailed: 'Die Sicherung konnte nicht erstellt werden. Bitte noch einmal versuchen.',
  exportCancelled:
    'Die Sicherung wurde nicht weitergegeben (Teilen abgebrochen). Sie gilt nicht als exportiert.',
  pause: 'Befragung pausieren',
  resume: 'Befragung fortsetzen',
  paused: 'Die Befragung ist pausiert.',
  resumed: 'Die Befragung läuft wieder.',
  changePin: 'PIN ändern',
  reset: 'Gerät zurücksetzen',
  resetTitle: 'Gerät zurücksetzen',
  resetWhat:
    'Dabei werden alle Daten auf diesem Gerät gelöscht: Antworten, Einstellungen, Zugang zum Server und PIN. Danach muss die IT das Gerät neu einrichten.',
  resetSafe: 'Es warten keine ungesicherten Antworten auf dem Gerät.',
  resetCovered: (n: number) =>
    `Alle ${n} wartenden Antworten sind in der zuletzt exportierten Sicherung.`,
  resetRefused: (n: number) =>
    `Zurücksetzen ist gesperrt: ${n} Antworten sind noch nicht gesendet und nicht gesichert. Bitte zuerst „Jetzt senden“ oder „Sicherung exportieren“.`,
  resetTypeToConfirm: (phrase: string) =>
    `Nur wenn diese Antworten wirklich verloren gehen dürfen: Tippen Sie „${phrase}“ in das Feld.`,
  resetOverride: 'Ausnahme: zurücksetzen, obwohl Antworten verloren gehen',
  resetPhrase: (n: number) => `${n} Antworten löschen`,
  resetField: 'Bestätigung',
  resetContinue: 'Antworten löschen und zurücksetzen …',
  resetLastWarning: (n: number) =>
    `Letzte Warnung: ${n} Antworten gehen unwiderruflich verloren. Niemand kann sie wiederherstellen.`,
  resetConfirm: 'Alles löschen und zurücksetzen',
  resetFailed:
    'Das Zurücksetzen hat nicht geklappt. Es wurde nichts gelöscht oder nur teilweise; bitte noch einmal versuchen.',
  loadFailed: 'Der Zustand konnte nicht gelesen werden. Bitte die App neu starten.',
};

export type StaffTexts = typeof staffDe;

export const staffEn: StaffTexts = {
  langName: 'English',
  title: 'Staff area',
  close: 'Close',
  cancel: 'Cancel',
  pinTitle: 'Enter PIN',
  pinHint: 'Please enter the PIN for the staff area.',
  pinOk: 'OK',
  pinDelete: 'Delete',
  pinDigits: (n) => `${n} ${n === 1 ? 'digit' : 'digits'} entered`,
  pinWrong: (left) =>
    `Wrong PIN. ${left} more ${left === 1 ? 'try' : 'tries'} before the pad locks.`,
  pinLocked: (seconds) => `Too many wrong tries. Please try again in ${seconds} seconds.`,
  pinChecking: 'Checking the PIN …',
  newPinTitle: 'Set a new PIN',
  newPinHint: 'Please choose a PIN of 4 to 8 digits.',
  newPinRepeat: 'Please enter the same PIN again.',
  newPinMismatch: 'The two entries do not match. Please start again.',
  newPinTooShort: 'A PIN has 4 to 8 digits.',
  newPinSaved: 'The new PIN is saved.',
  statusHeading: 'Device status',
  summaryLevel: { ok: 'All is well', warn: 'Please have a look', problem: 'Please tell IT' },
  summaryReason: {
    notSetUp: 'device not registered with the server',
    refused: 'the server does not accept answers',
    enrollFailed: 'set-up did not work',
    urnNoKey: 'ballot box without its key, survey closed',
    paused: 'survey paused',
    offline: 'no network connection',
    syncFailed: 'last transfer failed',
    notSentLong: 'not sent for over two days',
  },
  summaryWaiting: (n) =>
    n === 0 ? 'nothing waiting' : n === 1 ? '1 answer waiting' : `${n} answers waiting`,
  summaryLastSent: (when) => `last sent: ${when}`,
  summaryNeverSent: 'never sent yet',
  today: 'today',
  yesterday: 'yesterday',
  itDetails: 'Details for IT',
  setupButton: 'Set-up (IT)',
  waiting: 'Answers on this device (not sent yet)',
  sentTotal: 'Answers sent in total',
  lastSync: 'Last transfer',
  neverSynced: 'Never transferred successfully yet.',
  syncedAt: (when, problem) =>
    problem
      ? `Last successful on ${when}. Since then: ${problem}`
      : `Successful on ${when}, no problems since.`,
  held: 'Transfers the server does not accept (kept safe on the device)',
  enrollment: 'Set-up',
  storage: 'Storage',
  storagePersistent: 'persistent – the browser will not delete the data by itself',
  storageNotPersistent: 'not persistent – the browser might delete data when space runs low',
  storageUse: (used, total) => `${used} of ${total} used`,
  storageUnknown: 'usage unknown',
  versions: 'Version',
  versionLine: (app, survey) => `App ${app} · survey ${survey}`,
  network: 'Network',
  online:
    'The browser reports a network connection (whether the server is reachable, “Send now” shows).',
  offline: 'The browser reports: no network connection.',
  surveyState: 'Survey',
  languages: 'Languages',
  languagesComplete: 'every text in every language',
  languagesFallback: (list) => `partly shown in German: ${list}`,
  textCount: (n, locale) =>
    `${n.toLocaleString(locale)} ${n === 1 ? 'text missing' : 'texts missing'}`,
  surveyRunning: 'running',
  surveyPaused: 'paused – citizens see “closed”',
  surveyNoKey:
    'This survey is sealed, but the device does not have the urn’s key yet. Please ask IT to complete the key ceremony; the device then fetches the key at its next connection.',
  urn: 'Urn',
  urnSealed: (fingerprint) => `sealed · key ${fingerprint}`,
  urnNoKey: 'key missing',
  results: 'Results',
  resultsOpen: 'open (live)',
  actionsHeading: 'Actions',
  syncNow: 'Send now',
  syncing: 'Sending …',
  syncDone: (n) =>
    n > 0
      ? `Sent: ${n} answers. The server confirmed them.`
      : 'Everything is sent; nothing was waiting.',
  syncFailed: 'Sending did not work.',
  syncError: 'Sending stopped unexpectedly. The answers stay safe on this device.',
  exportBackup: 'Export backup',
  exporting: 'Creating the backup …',
  exportDone: (n, file) => `Backup with ${n} answers created: ${file}.`,
  exportFailed: 'The backup could not be created. Please try again.',
  exportCancelled:
    'The backup was not handed on (sharing cancelled). It does not count as exported.',
  pause: 'Pause the survey',
  resume: 'Resume the survey',
  paused: 'The survey is paused.',
  resumed: 'The survey is running again.',
  changePin: 'Change PIN',
  reset: 'Reset device',
  resetTitle: 'Reset device',
  resetWhat:
    'This deletes all data on this device: answers, settings, access to the server and the PIN. IT must then set the device up again.',
  resetSafe: 'No unsaved answers are waiting on this device.',
  resetCovered: (n) => `All ${n} waiting answers are in the last exported backup.`,
  resetRefused: (n) =>
    `Reset is blocked: ${n} answers are neither sent nor backed up. Please use “Send now” or “Export backup” first.`,
  resetTypeToConfirm: (phrase) =>
    `Only if these answers may really be lost: type “${phrase}” into the field.`,
  resetOverride: 'Exception: reset although answers will be lost',
  resetPhrase: (n) => `delete ${n} answers`,
  resetField: 'Confirmation',
  resetContinue: 'Delete answers and reset …',
  resetLastWarning: (n) =>
    `Last warning: ${n} answers will be lost for good. Nobody can restore them.`,
  resetConfirm: 'Delete everything and reset',
  resetFailed: 'The reset did not work. Nothing or only part was deleted; please try again.',
  loadFailed: 'The status could not be read. Please restart the app.',
};

export type StaffLang = 'de' | 'en';

export function staffTexts(lang: StaffLang): StaffTexts {
  return lang === 'en' ? staffEn : staffDe;
}
