/**
 * What staff read when sync has a problem: one plain German sentence each, stored as
 * `lastProblem`. The English panel translates them (src/staff/sync-problem-en.ts), so the
 * English texts stay out of the kiosk's first load. Answers are never lost in any of these
 * cases; the sentences say so.
 */
export const SYNC_MESSAGES = {
  unauthorized: {
    de: 'Dieses Gerät ist beim Server nicht (mehr) angemeldet. Bitte die IT bitten, es neu einzurichten.',
  },
  notProvisioned: {
    de: 'Dieses Gerät ist noch nicht eingerichtet: Es fehlt der Zugangsschlüssel für den Server. Bitte die IT bitten, es einzurichten.',
  },
  offline: {
    de: 'Der Server ist gerade nicht erreichbar. Die Antworten bleiben sicher auf dem Gerät und werden später gesendet.',
  },
  serverBusy: {
    de: 'Der Server hat gerade ein Problem gemeldet ({status}). Die Antworten bleiben sicher auf dem Gerät und werden später gesendet.',
  },
  held: {
    de: 'Der Server hat {count} Antworten nicht angenommen ({reason}). Sie bleiben auf dem Gerät; bitte die IT informieren.',
  },
  badEndpoint: {
    de: 'Die Server-Adresse „{endpoint}“ ist ungültig und wurde nicht übernommen. Bitte die IT bitten, das Gerät neu einzurichten.',
  },
} satisfies Record<string, { de: string }>;

export type SyncMessage = keyof typeof SYNC_MESSAGES;

/** The German sentence with `{name}` placeholders filled in. */
export function syncMessage(
  key: SyncMessage,
  values: Record<string, string | number> = {},
): string {
  return fillIn(SYNC_MESSAGES[key].de, values);
}

/** `template` with each `{name}` replaced by `values[name]` (left as is when missing). */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
