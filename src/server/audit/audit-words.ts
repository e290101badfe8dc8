import type { AuditAction, AuditEntry } from '../store/audit-store.ts';

type Lang = 'de' | 'en';

/** The actions in words: German for the admins' page, English for `npm run audit` as IT's CLIs. */
export const ACTION_WORDS: Record<AuditAction, { de: string; en: string }> = {
  login: { de: 'Anmeldung', en: 'login' },
  'login-failed': { de: 'Fehlgeschlagene Anmeldung', en: 'failed login' },
  logout: { de: 'Abmeldung', en: 'logout' },
  export: { de: 'Export', en: 'export' },
  report: { de: 'Bericht gedruckt', en: 'report printed' },
  'account-add': { de: 'Konto angelegt', en: 'account added' },
  'account-disable': { de: 'Konto gesperrt', en: 'account disabled' },
  'account-enable': { de: 'Konto entsperrt', en: 'account enabled' },
  'account-password': { de: 'Passwort neu gesetzt', en: 'password reset' },
  'kiosk-add': { de: 'Kiosk hinzugefügt', en: 'kiosk added' },
  'kiosk-revoke': { de: 'Kiosk gesperrt', en: 'kiosk revoked' },
  'enrollment-code': { de: 'Einrichtungslink erstellt', en: 'enrollment link created' },
  'period-set': { de: 'Befragungszeitraum geändert', en: 'survey period set' },
  'survey-set': { de: 'Fragebogen zugewiesen', en: 'survey assigned' },
  'survey-test-start': { de: 'Testbetrieb gestartet', en: 'test run started' },
  'survey-test-end': { de: 'Testbetrieb beendet', en: 'test run ended' },
  'survey-test-delete': { de: 'Testantworten gelöscht', en: 'test answers deleted' },
  'wave-add': { de: 'Welle angelegt', en: 'wave added' },
  'wave-remove': { de: 'Welle entfernt', en: 'wave removed' },
  'keys-create': { de: 'Schlüsselzeremonie', en: 'key ceremony' },
  'urn-open': { de: 'Urnenöffnung', en: 'urn opened' },
  import: { de: 'Sicherung eingespielt', en: 'backup imported' },
  deletion: { de: 'Löschung', en: 'deletion' },
};

/** Detail keys in words; a key not listed (a newer action's) is shown as it is stored. */
const KEY_WORDS: Record<string, { de: string; en: string }> = {
  wave: { de: 'Welle', en: 'wave' },
  name: { de: 'Name', en: 'name' },
  office: { de: 'Standort', en: 'office' },
  offices: { de: 'Standorte', en: 'offices' },
  group: { de: 'Anliegen', en: 'concern' },
  format: { de: 'Format', en: 'format' },
  part: { de: 'Teil', en: 'part' },
  account: { de: 'Konto', en: 'account' },
  role: { de: 'Rolle', en: 'role' },
  kiosk: { de: 'Kiosk', en: 'kiosk' },
  until: { de: 'gültig bis', en: 'valid until' },
  from: { de: 'von', en: 'from' },
  to: { de: 'bis', en: 'to' },
  survey: { de: 'Fragebogen', en: 'survey' },
  version: { de: 'Version', en: 'version' },
  holders: { de: 'Schlüsselinhaber', en: 'holders' },
  threshold: { de: 'nötige Anteile', en: 'shares needed' },
  fingerprint: { de: 'Fingerabdruck', en: 'fingerprint' },
  valid: { de: 'gültige Antworten', en: 'valid answers' },
  exportedDay: { de: 'Sicherung vom', en: 'backup of' },
  stored: { de: 'Stapel gespeichert', en: 'batches stored' },
  duplicate: { de: 'schon vorhanden', en: 'already there' },
  refused: { de: 'abgelehnt', en: 'refused' },
};

/** Flags stored as `true`: one phrase each instead of "key: true". */
const FLAG_WORDS: Record<string, { de: string; en: string }> = {
  includeFlagged: { de: 'mit auffälligen Antworten', en: 'flagged answers included' },
  disabled: { de: 'Konto gesperrt', en: 'account disabled' },
  enrolled: { de: 'per Einrichtungslink', en: 'by enrollment link' },
};

const VALUE_WORDS: Record<string, { de: string; en: string }> = {
  texts: { de: 'Freitexte', en: 'free texts' },
  'test-answers': { de: 'Testantworten', en: 'test answers' },
};

function valueText(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => valueText(v, lang)).join(', ');
  if (value && typeof value === 'object' && 'label' in value) {
    return valueText((value as { label: unknown }).label, lang);
  }
  if (typeof value === 'string') return VALUE_WORDS[value]?.[lang] ?? value;
  return String(value);
}

/** One entry's details as a line of plain words, e.g. "Welle 3 · Standort Bürgerbüro Lünen". */
export function describeDetail(detail: Record<string, unknown>, lang: Lang): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(detail)) {
    const flag = FLAG_WORDS[key];
    if (flag && typeof value === 'boolean') {
      if (value) parts.push(flag[lang]);
      continue;
    }
    if (key === 'sealed' && typeof value === 'boolean') {
      parts.push(
        value ? (lang === 'de' ? 'versiegelt' : 'sealed') : lang === 'de' ? 'offen' : 'open',
      );
      continue;
    }
    parts.push(`${KEY_WORDS[key]?.[lang] ?? key} ${valueText(value, lang)}`);
  }
  return parts.join(lang === 'de' ? ' · ' : ', ');
}

/** The action in words; an action this version does not know (a newer server's) as stored. */
export const actionWords = (e: AuditEntry, lang: Lang): string =>
  ACTION_WORDS[e.action]?.[lang] ?? e.action;

/** One entry as one line: "2026-06-01 10:00:00 UTC  cli:it  wave added  wave 3, name 2026, …". */
export function auditLine(e: AuditEntry): string {
  const time = `${e.at.slice(0, 10)} ${e.at.slice(11, 19)} UTC`;
  const detail = describeDetail(e.detail, 'en');
  return [time, e.actor, actionWords(e, 'en'), ...(detail ? [detail] : [])].join('  ');
}
