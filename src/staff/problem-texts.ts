import type { EnrollProblem, SyncProblem, UnknownProblem } from '../shared/problems.ts';
import type { StaffLang } from './staff-texts.ts';

/** One sentence per code, given that code's facts: a code without words fails to compile. */
type Words<P extends { code: string }> = {
  [C in P['code']]: (problem: Extract<P, { code: C }>) => string;
};

/** Sync problems as staff read them; each says whether the answers are safe and what to do. */
const syncDe: Words<SyncProblem> = {
  unauthorized: () =>
    'Dieses Gerät ist beim Server nicht (mehr) angemeldet. Bitte die IT bitten, es neu einzurichten.',
  notProvisioned: () =>
    'Dieses Gerät ist noch nicht eingerichtet: Es fehlt der Zugangsschlüssel für den Server. Bitte die IT bitten, es einzurichten.',
  offline: () =>
    'Der Server ist gerade nicht erreichbar. Die Antworten bleiben sicher auf dem Gerät und werden später gesendet.',
  serverBusy: ({ status }) =>
    `Der Server hat gerade ein Problem gemeldet (HTTP ${status}). Die Antworten bleiben sicher auf dem Gerät und werden später gesendet.`,
  held: ({ count, status, reason }) =>
    `Der Server hat ${count === 1 ? 'eine Antwort' : `${count} Antworten`} nicht angenommen (HTTP ${status}). Sie ${count === 1 ? 'bleibt' : 'bleiben'} auf dem Gerät; bitte die IT informieren.${reason ? ` Begründung des Servers: „${reason}“` : ''}`,
  badEndpoint: ({ endpoint }) =>
    `Die Server-Adresse „${endpoint}“ ist ungültig und wurde nicht übernommen. Bitte die IT bitten, das Gerät neu einzurichten.`,
};

const syncEn: Words<SyncProblem> = {
  unauthorized: () =>
    'This device is not (or no longer) registered with the server. Please ask IT to set it up again.',
  notProvisioned: () =>
    'This device has not been set up yet: the key for the server is missing. Please ask IT to set it up.',
  offline: () =>
    'The server cannot be reached right now. The answers stay safe on this device and will be sent later.',
  serverBusy: ({ status }) =>
    `The server reported a problem (HTTP ${status}). The answers stay safe on this device and will be sent later.`,
  held: ({ count, status, reason }) =>
    `The server did not accept ${count === 1 ? 'one answer' : `${count} answers`} (HTTP ${status}). ${count === 1 ? 'It stays' : 'They stay'} on this device; please tell IT.${reason ? ` The server's reason: “${reason}”` : ''}`,
  badEndpoint: ({ endpoint }) =>
    `The server address “${endpoint}” is invalid and was not used. Please ask IT to set up the device again.`,
};

/** Why a provisioning link did not set the tablet up, for whoever opened or pasted it. */
const enrollDe: Words<EnrollProblem> = {
  invalid: () =>
    'Dieser Einrichtungslink ist ungültig. Bitte prüfen, ob er vollständig übernommen wurde, oder bei der IT einen neuen anfordern.',
  used: () =>
    'Dieser Einrichtungslink wurde schon benutzt. Jeder Link funktioniert nur einmal; bitte bei der IT einen neuen anfordern.',
  expired: () => 'Dieser Einrichtungslink ist abgelaufen. Bitte bei der IT einen neuen anfordern.',
  offline: () =>
    'Der Server war nicht erreichbar; das Gerät wurde nicht eingerichtet. Bitte den Link erneut öffnen, sobald das Tablet online ist.',
  server: () =>
    'Der Server konnte das Gerät gerade nicht einrichten. Bitte den Link später erneut öffnen.',
  badConfiguration: () =>
    'Das Gerät ist angemeldet, aber die Befragung vom Server ist fehlerhaft. Bitte die IT informieren.',
};

const enrollEn: Words<EnrollProblem> = {
  invalid: () =>
    'This provisioning link is not valid. Please check that it was copied completely, or ask IT for a new one.',
  used: () =>
    'This provisioning link was already used. Each link works once; please ask IT for a new one.',
  expired: () => 'This provisioning link has expired. Please ask IT for a new one.',
  offline: () =>
    'The server could not be reached; the device was not set up. Please open the link again once the tablet is online.',
  server: () =>
    'The server could not set up the device just now. Please open the link again later.',
  badConfiguration: () =>
    'The device is registered, but the survey from the server is faulty. Please tell IT.',
};

/** A problem recorded by a newer version, whose code this one does not know. */
const unknownWords: Record<StaffLang, string> = {
  de: 'Es wurde ein Problem gemeldet, das diese App-Version nicht beschreiben kann. Bitte die IT informieren.',
  en: 'A problem was recorded that this app version cannot describe. Please tell IT.',
};

/** The sync problem in the panel's language. */
export function syncProblemText(problem: SyncProblem | UnknownProblem, lang: StaffLang): string {
  return wordsFor(lang === 'en' ? syncEn : syncDe, problem, lang);
}

/** The enrollment problem in the panel's language. */
export function enrollProblemText(
  problem: EnrollProblem | UnknownProblem,
  lang: StaffLang,
): string {
  return wordsFor(lang === 'en' ? enrollEn : enrollDe, problem, lang);
}

/** An older version's sentence is shown as it was stored (German): better than nothing, and IT can read it. */
function wordsFor<P extends { code: string }>(
  words: Words<P>,
  problem: P | UnknownProblem,
  lang: StaffLang,
): string {
  if (problem.code === 'unknown') return (problem as UnknownProblem).text ?? unknownWords[lang];
  const say = words[problem.code as P['code']] as ((problem: P) => string) | undefined;
  return say ? say(problem as P) : unknownWords[lang];
}
