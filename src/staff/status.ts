import { dayOf } from '../shared/answer-schema.ts';
import type { KioskConfiguration } from '../shared/kiosk-config-schema.ts';
import {
  type EnrollProblem,
  readEnrollProblem,
  readSyncProblem,
  type SyncProblem,
  type UnknownProblem,
} from '../shared/problems.ts';
import { isUrnDay } from '../shared/sealed/urn-days.ts';
import type { Store } from '../store/index.ts';
import { type GermanFallback, germanFallbacks } from '../survey/german-fallbacks.ts';

/**
 * Where this kiosk's answers go: an open wave (results live), or a sealed wave's urn with its
 * key's fingerprint (staff compare it with the share sheets), or without its key yet — then on
 * the wave's days the survey stays closed (`closedToday`).
 */
export type UrnStatus =
  | { kind: 'open' }
  | { kind: 'sealed'; fingerprint: string }
  | { kind: 'noKey'; closedToday: boolean };

/** What the staff panel shows about the device, read fresh each time it opens or an action ends. */
export interface StaffStatus {
  waiting: number;
  sentTotal: number;
  /** ISO time, or undefined when no sync ever succeeded. */
  lastSyncAt: string | undefined;
  /** The last sync problem; undefined = none. */
  lastProblem: SyncProblem | UnknownProblem | undefined;
  heldBatches: number;
  persisted: boolean;
  /** Bytes, where the browser tells (navigator.storage.estimate). */
  storage: { usage: number; quota: number } | undefined;
  /** What the browser reports, which is not proof the server is reachable. */
  online: boolean;
  paused: boolean;
  /** Why the last provisioning link did not work; undefined when it did. */
  enrollProblem: EnrollProblem | UnknownProblem | undefined;
  /** Undefined until the kiosk has a configuration (it runs the bundled survey then). */
  urn: UrnStatus | undefined;
  /**
   * Languages showing some of the configured survey's texts in German; empty for the bundled
   * survey, which tests/unit/i18n-completeness.test.ts keeps complete.
   */
  germanFallbacks: GermanFallback[];
}

export async function readStatus(
  store: Pick<Store, 'pendingCount' | 'heldBatches' | 'getSetting'>,
): Promise<StaffStatus> {
  const [
    waiting,
    held,
    sentTotal,
    lastSyncAt,
    lastProblem,
    persisted,
    paused,
    enroll,
    storage,
    configuration,
  ] = await Promise.all([
    store.pendingCount(),
    store.heldBatches(),
    store.getSetting('sentTotal'),
    store.getSetting('lastSyncAt'),
    store.getSetting('lastProblem'),
    store.getSetting('persisted'),
    store.getSetting('paused'),
    store.getSetting('enrollProblem'),
    estimateStorage(),
    store.getSetting('configuration'),
  ]);
  return {
    waiting,
    sentTotal: sentTotal ?? 0,
    lastSyncAt: lastSyncAt || undefined,
    lastProblem: readSyncProblem(lastProblem),
    heldBatches: held.length,
    persisted: persisted === true,
    storage,
    online: navigator.onLine,
    paused: paused === true,
    enrollProblem: readEnrollProblem(enroll),
    urn: configuration && urnStatus(configuration, dayOf(new Date())),
    germanFallbacks: configuration ? await germanFallbacks(configuration.survey) : [],
  };
}

export function urnStatus(configuration: KioskConfiguration, today: string): UrnStatus {
  const urn = configuration.urn;
  if (!urn) return { kind: 'open' };
  if (urn.key) return { kind: 'sealed', fingerprint: urn.key.fingerprint };
  return { kind: 'noKey', closedToday: isUrnDay(urn, today) };
}

async function estimateStorage(): Promise<StaffStatus['storage']> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return undefined;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return undefined;
  }
}

/** "1,4 MB": storage sizes for people, in the panel's language. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** "25.11.2026, 15:31" in the tablet's time zone (for staff only, never stored with answers). */
export function formatWhen(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
