import type { LocalizedText } from '../shared/localized-text.ts';

/**
 * What staff read when sync has a problem: one plain sentence each, German
 * first (stored as `lastProblem`), English for the staff panel's language
 * switch. Answers are never lost in any of these cases; the sentences say so.
 */
export const SYNC_MESSAGES = {
  unauthorized: {
    de: 'Dieses Gerät ist beim Server nicht (mehr) angemeldet. Bitte die IT bitten, es neu einzurichten.',
    en: 'This device is not (or no longer) registered with the server. Please ask IT to set it up again.',
  },
  notProvisioned: {
    de: 'Dieses Gerät ist noch nicht eingerichtet: Es fehlt der Zugangsschlüssel für den Server. Bitte die IT bitten, es einzurichten.',
    en: 'This device has not been set up yet: the key for the server is missing. Please ask IT to set it up.',
  },
  offline: {
    de: 'Der Server ist gerade nicht erreichbar. Die Antworten bleiben sicher auf dem Gerät und werden später gesendet.',
    en: 'The server cannot be reached right now. The answers stay safe on this device and will be sent later.',
  },
  serverBusy: {
    de: 'Der Server hat gerade ein Problem gemeldet ({status}). Die Antworten bleiben sicher auf dem Gerät und werden später gesendet.',
    en: 'The server reported a problem ({status}). The answers stay safe on this device and will be sent later.',
  },
  held: {
    de: 'Der Server hat {count} Antworten nicht angenommen ({reason}). Sie bleiben auf dem Gerät; bitte die IT informieren.',
    en: 'The server did not accept {count} answers ({reason}). They stay on this device; please tell IT.',
  },
  badEndpoint: {
    de: 'Die Server-Adresse „{endpoint}“ ist ungültig und wurde nicht übernommen. Bitte die IT bitten, das Gerät neu einzurichten.',
    en: 'The server address "{endpoint}" is invalid and was not used. Please ask IT to set up the device again.',
  },
} satisfies Record<string, LocalizedText>;

export type SyncMessage = keyof typeof SYNC_MESSAGES;

/** The sentence in `lang` (German by default) with `{name}` placeholders filled in. */
export function syncMessage(
  key: SyncMessage,
  values: Record<string, string | number> = {},
  lang: 'de' | 'en' = 'de',
): string {
  return SYNC_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? `{${name}}`),
  );
}
