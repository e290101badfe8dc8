import { Backoff, type BackoffOptions } from './backoff.ts';
import type { SyncOutcome } from './sync-once.ts';

/** What the loop needs to know about a finished round. */
export interface RoundResult {
  outcome: SyncOutcome;
  retryAfterMs?: number;
}

/** setTimeout/clearTimeout of a window, a service worker or a fake clock. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A window or service-worker global: fires `online`. */
export interface EventSourceLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** A document: fires `visibilitychange` and tells whether the page is visible. */
export interface VisibilitySourceLike extends EventSourceLike {
  readonly visibilityState: string;
}

export interface SyncLoopOptions<R extends RoundResult = RoundResult> {
  /** One sync round; the signal aborts when the loop stops. */
  runRound(signal: AbortSignal): Promise<R>;
  timers: Timers;
  /** Where `online` comes from (window, or self in a service worker). */
  network?: EventSourceLike;
  /** Where `visibilitychange` comes from (document). */
  page?: VisibilitySourceLike;
  /** The regular round, also after success. */
  intervalMs?: number;
  /** How long `requestSync` waits for more finished surveys before a round. */
  debounceMs?: number;
  backoff?: BackoffOptions;
  /** A round threw (e.g. the local database failed); the loop retries with backoff. */
  onError?(error: unknown): void;
  /** After every round, e.g. to refresh the staff panel. */
  onRound?(result: R): void;
}

export interface SyncLoop {
  /** Debounced: call after each finished survey. Never waits for the network. */
  requestSync(): void;
  /** At once (or right after the round in flight): the staff "sync now" button. */
  syncNow(): void;
  /** Removes listeners and timers, aborts the round in flight; resolves when it has ended. */
  stop(): Promise<void>;
}

export const DEFAULT_INTERVAL_MS = 5 * 60 * 1000;
export const DEFAULT_DEBOUNCE_MS = 2000;
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2000, capMs: 5 * 60 * 1000 };

/**
 * Decides when sync rounds run: at start, on `online`, when the page becomes
 * visible, shortly after finished surveys, on a regular timer, and after a
 * failure when the backoff says so. Never two rounds at once: a trigger during
 * a round asks for one more right after it, unless that round failed — then
 * the backoff decides, so a dead network is not hammered by every finished
 * survey. It never asks navigator.onLine (it says "online" on a LAN without a
 * route to the server); it just tries.
 */
export function startSyncLoop<R extends RoundResult>(options: SyncLoopOptions<R>): SyncLoop {
  const { timers } = options;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const backoff = new Backoff(options.backoff ?? DEFAULT_BACKOFF);
  let stopped = false;
  let inFlight: { controller: AbortController; done: Promise<void> } | undefined;
  let followUp = false;
  let wakeTimer: unknown;
  let debounceTimer: unknown;

  const clear = (handle: unknown) => {
    if (handle !== undefined) timers.clearTimeout(handle);
  };

  const trigger = () => {
    if (stopped) return;
    if (inFlight) {
      followUp = true;
      return;
    }
    clear(wakeTimer);
    clear(debounceTimer);
    wakeTimer = debounceTimer = undefined;
    // Marked in flight before the round starts, so even a round that fails synchronously clears it.
    const round = { controller: new AbortController(), done: Promise.resolve() };
    inFlight = round;
    round.done = runAndPlan(round.controller.signal);
  };

  const runAndPlan = async (signal: AbortSignal) => {
    let result: RoundResult = { outcome: 'retry-later' };
    let summary: R | undefined;
    try {
      summary = await options.runRound(signal);
      result = summary;
    } catch (error) {
      options.onError?.(error);
    }
    inFlight = undefined;
    if (stopped) return;
    if (summary) options.onRound?.(summary);
    const failed = result.outcome === 'retry-later' || result.outcome === 'offline';
    if (failed) {
      followUp = false;
      wakeTimer = timers.setTimeout(trigger, backoff.nextDelay(result.retryAfterMs));
      return;
    }
    if (result.outcome === 'done') backoff.reset();
    if (followUp && result.outcome === 'done') {
      followUp = false;
      trigger();
      return;
    }
    followUp = false;
    wakeTimer = timers.setTimeout(trigger, intervalMs);
  };

  const onOnline = () => {
    // The network is back: the next retry should not wait out a long backoff.
    backoff.reset();
    trigger();
  };
  const onVisibility = () => {
    if (options.page?.visibilityState === 'visible') trigger();
  };
  options.network?.addEventListener('online', onOnline);
  options.page?.addEventListener('visibilitychange', onVisibility);
  trigger();

  return {
    requestSync() {
      if (stopped) return;
      clear(debounceTimer);
      debounceTimer = timers.setTimeout(trigger, debounceMs);
    },
    syncNow: trigger,
    async stop() {
      stopped = true;
      options.network?.removeEventListener('online', onOnline);
      options.page?.removeEventListener('visibilitychange', onVisibility);
      clear(wakeTimer);
      clear(debounceTimer);
      const current = inFlight;
      current?.controller.abort();
      await current?.done;
    },
  };
}
