import { fillIn, SYNC_MESSAGES, type SyncMessage } from '../sync/messages.ts';
import type { StaffLang } from './staff-texts.ts';

/** The English of each sync sentence; here, in the staff chunk, not in the kiosk's first load. */
const SYNC_MESSAGES_EN: Record<SyncMessage, string> = {
  unauthorized:
    'This device is not (or no longer) registered with the server. Please ask IT to set it up again.',
  notProvisioned:
    'This device has not been set up yet: the key for the server is missing. Please ask IT to set it up.',
  offline:
    'The server cannot be reached right now. The answers stay safe on this device and will be sent later.',
  serverBusy:
    'The server reported a problem ({status}). The answers stay safe on this device and will be sent later.',
  held: 'The server did not accept {count} answers ({reason}). They stay on this device; please tell IT.',
  badEndpoint:
    'The server address "{endpoint}" is invalid and was not used. Please ask IT to set up the device again.',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each German template as a pattern that gives back its placeholders' values. */
const PATTERNS = (Object.keys(SYNC_MESSAGES) as SyncMessage[]).map((key) => {
  // split with a capture group alternates text and placeholder names: odd parts are names.
  const parts = SYNC_MESSAGES[key].de.split(/\{(\w+)\}/);
  const names = parts.filter((_, i) => i % 2 === 1);
  const source = parts.map((part, i) => (i % 2 === 1 ? '(.*?)' : escapeRegExp(part))).join('');
  return { key, names, pattern: new RegExp(`^${source}$`, 's') };
});

/**
 * The stored sync problem (a German sentence, `lastProblem`) in the panel's language. Sync stores
 * German only; the sentence is recognised by its template and its values carried over. Anything
 * unknown (a sentence of an older version) is shown as it is.
 */
export function syncProblemIn(stored: string, lang: StaffLang): string {
  if (lang === 'de' || stored === '') return stored;
  for (const { key, names, pattern } of PATTERNS) {
    const match = pattern.exec(stored);
    if (match) {
      return fillIn(
        SYNC_MESSAGES_EN[key],
        Object.fromEntries(names.map((n, i) => [n, match[i + 1] ?? ''])),
      );
    }
  }
  return stored;
}
