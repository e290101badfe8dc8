import type { SyncProblem } from '../shared/problems.ts';
import type { Store } from '../store/index.ts';
import type { BackoffOptions } from './backoff.ts';
import { refreshConfiguration } from './kiosk-config-sync.ts';
import type { RoundInterval } from './round-interval.ts';
import {
  type EventSourceLike,
  type SyncLoop,
  startSyncLoop,
  type VisibilitySourceLike,
} from './sync-loop.ts';
import { type SyncStore, type SyncSummary, syncOnce } from './sync-once.ts';

/** A window (or a service worker's `self`): fetch, timers and the `online` event. */
export interface GlobalLike extends EventSourceLike {
  fetch: typeof fetch;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export interface BackgroundSyncOptions {
  store: SyncStore & Pick<Store, 'getSetting'>;
  /** The endpoint when no `endpoint` setting exists: the page's own origin. */
  origin: string;
  window: GlobalLike;
  /** Absent in a service worker. */
  document?: VisibilitySourceLike;
  /** Called after every round with its summary (`afterEachRound` on the loop subscribes later). */
  onRound?(summary: SyncSummary): void;
  onError?(error: unknown): void;
  /** Timings and batch size; the defaults suit a kiosk, tests shrink them. */
  tuning?: {
    /** Each regular round waits a random time in this interval (default 10–30 min). */
    interval?: RoundInterval;
    /** Uniform in [0, 1); Math.random by default. */
    random?: () => number;
    backoff?: BackoffOptions;
    timeoutMs?: number;
    batchSize?: number;
  };
}

/** Where to send and with which token, read fresh each round so provisioning takes effect at once. */
export async function readSyncConfig(
  store: Pick<Store, 'getSetting'>,
  origin: string,
): Promise<{ endpoint: string; token: string | undefined }> {
  const [endpoint, token] = await Promise.all([
    store.getSetting('endpoint'),
    store.getSetting('token'),
  ]);
  return { endpoint: endpoint || origin, token: token || undefined };
}

/**
 * The one entry the kiosk page calls: syncs the outbox in the background from
 * now on, in rounds at random times (plus start, `online`, visibility) — never
 * right after a survey, so nobody should tell a finished survey to it. Call
 * `syncNow()` from the staff panel (it resolves with the round's summary),
 * `afterEachRound` to hear of every round, `stop()` on teardown.
 */
export function startBackgroundSync(options: BackgroundSyncOptions): SyncLoop<SyncSummary> {
  const { store, window: global, tuning = {} } = options;
  // Bound to the global: an unbound fetch or setTimeout throws "Illegal invocation".
  const fetchBound: typeof fetch = (input, init) => global.fetch(input, init);
  // The token of the last round: after a 401 the loop sends again only once it differs.
  let lastToken: string | undefined;
  const refused = async (problem: SyncProblem): Promise<SyncSummary> => {
    await store.setSetting('lastProblem', problem);
    return {
      outcome: 'unauthorized',
      sentBatches: 0,
      acknowledged: 0,
      duplicates: 0,
      held: 0,
      problem,
    };
  };
  return startSyncLoop<SyncSummary>({
    async runRound(signal) {
      const { endpoint, token } = await readSyncConfig(store, options.origin);
      lastToken = token;
      if (!token) return refused({ code: 'notProvisioned' });
      // IT may change the survey or period centrally; never throws, so answers are sent regardless.
      const configuration = await refreshConfiguration({
        store,
        fetch: fetchBound,
        endpoint,
        token,
        signal,
      });
      // A revoked token: the batches would get the same 401, so none is sent.
      if (configuration === 'unauthorized') return refused({ code: 'unauthorized' });
      return syncOnce({
        store,
        fetch: fetchBound,
        endpoint,
        token,
        signal,
        contacted: configuration !== 'failed',
        ...(tuning.timeoutMs !== undefined ? { timeoutMs: tuning.timeoutMs } : {}),
        ...(tuning.batchSize !== undefined ? { batchSize: tuning.batchSize } : {}),
      });
    },
    credentialsChanged: async () =>
      (await readSyncConfig(store, options.origin)).token !== lastToken,
    timers: {
      setTimeout: (callback, ms) => global.setTimeout(callback, ms),
      clearTimeout: (handle) => global.clearTimeout(handle as number),
    },
    network: global,
    ...(options.document ? { page: options.document } : {}),
    ...(tuning.interval ? { interval: tuning.interval } : {}),
    ...(tuning.random ? { random: tuning.random } : {}),
    ...(tuning.backoff ? { backoff: tuning.backoff } : {}),
    ...(options.onRound ? { onRound: options.onRound } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  });
}
