import { LANGUAGE_INFO } from '../kiosk/i18n/languages.ts';
import { formatFingerprint } from '../shared/sealed/key-fingerprint.ts';
import { enrollProblemText, syncProblemText } from './problem-texts.ts';
import type { StaffLang, StaffTexts } from './staff-texts.ts';
import { formatBytes, formatWhen, type StaffStatus, type UrnStatus } from './status.ts';

interface StatusListProps {
  t: StaffTexts;
  lang: StaffLang;
  locale: string;
  status: StaffStatus;
  appVersion: string;
  surveyVersion: string;
}

/**
 * The device's state in plain words, the lines a clerk needs: what waits, what was sent, the
 * last transfer, the survey and its ballot box (urn). The technical lines are in ItDetails.
 */
export function StatusList({ t, lang, locale, status: s }: StatusListProps) {
  const problem = s.lastProblem ? syncProblemText(s.lastProblem, lang) : '';
  const rows: Row[] = [
    [t.waiting, s.waiting.toLocaleString(locale), 'waiting'],
    [t.sentTotal, s.sentTotal.toLocaleString(locale), 'sent'],
    [
      t.lastSync,
      s.lastSyncAt
        ? t.syncedAt(formatWhen(s.lastSyncAt, locale), problem)
        : [t.neverSynced, problem].filter(Boolean).join(' '),
      'last-sync',
    ],
    ...(s.enrollProblem
      ? [[t.enrollment, enrollProblemText(s.enrollProblem, lang), 'enroll'] as Row]
      : []),
    [t.surveyState, surveyState(s, t), 'survey'],
    [t.languages, languagesLine(s, t, locale), 'languages'],
    ...(s.urn ? [urnRow(s.urn, t)] : []),
  ];
  return <Rows rows={rows} />;
}

/** What IT asks for on the phone: refused transfers, storage, network, versions and survey hash. */
export function ItDetails({ t, locale, status: s, appVersion, surveyVersion }: StatusListProps) {
  const storage = s.storage
    ? t.storageUse(formatBytes(s.storage.usage, locale), formatBytes(s.storage.quota, locale))
    : t.storageUnknown;
  return (
    <Rows
      rows={[
        [t.held, s.heldBatches.toLocaleString(locale), 'held'],
        [t.storage, `${s.persisted ? t.storagePersistent : t.storageNotPersistent}; ${storage}`],
        [t.network, s.online ? t.online : t.offline],
        [t.versions, t.versionLine(appVersion, surveyVersion)],
      ]}
    />
  );
}

type Row = [string, string, string?];

function Rows({ rows }: { rows: Row[] }) {
  return (
    <dl class="status">
      {rows.map(([label, value, id]) => (
        <div class="status__row" key={label} data-status={id}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function surveyState(s: StaffStatus, t: StaffTexts): string {
  if (s.paused) return t.surveyPaused;
  return s.urn?.kind === 'noKey' && s.urn.closedToday ? t.surveyNoKey : t.surveyRunning;
}

/** "alle Texte übersetzt", or "auf Deutsch gezeigt: Türkçe (3 Texte), العربية (1 Text)". */
function languagesLine(s: StaffStatus, t: StaffTexts, locale: string): string {
  if (s.germanFallbacks.length === 0) return t.languagesComplete;
  const each = s.germanFallbacks.map(
    // Each name isolated (FSI … PDI), so an Arabic name does not pull its neighbours' order.
    (f) => `\u2068${LANGUAGE_INFO[f.language].name}\u2069 (${t.textCount(f.texts, locale)})`,
  );
  return t.languagesFallback(each.join(', '));
}

/** "Urne: versiegelt · Schlüssel 3f9a 0c17 b2e4 5d80", "Urne: Schlüssel fehlt" or "Ergebnisse: offen (live)". */
function urnRow(urn: UrnStatus, t: StaffTexts): [string, string, string] {
  if (urn.kind === 'open') return [t.results, t.resultsOpen, 'urn'];
  const value =
    urn.kind === 'sealed' ? t.urnSealed(formatFingerprint(urn.fingerprint)) : t.urnNoKey;
  return [t.urn, value, 'urn'];
}
