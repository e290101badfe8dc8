import { Backoff, type BackoffOptions, MAX_RETRY_AFTER_MS } from './backoff.ts';
import { DEFAULT_ROUND_INTERVAL, type RoundInterval, roundDelay } from './round-interval.ts';
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
  /** The regular rounds: each waits a fresh random time in this interval (default 10–30 min). */
  interval?: RoundInterval;
  /**
   * Uniform in [0, 1): draws each regular round's wait, and the backoff's jitter unless
   * `backoff.random` is given. Math.random by default, a seeded function in tests.
   */
  random?(): number;
  backoff?: BackoffOptions;
  /** A round threw (e.g. the local database failed); the loop retries with backoff. */
  onError?(error: unknown): void;
  /** After every round, e.g. to refresh the staff panel. */
  onRound?(result: R): void;
  /**
   * After an 'unauthorized' round, asked (instead of running a round) on each
   * trigger: true once the credentials changed, e.g. the kiosk was set up
   * again. Without it only `syncNow` tries again after a refusal.
   */
  credentialsChanged?(): Promise<boolean>;
  /** Epoch milliseconds; Date.now by default, the fake clock in tests. */
  now?(): number;
}

export interface SyncLoop<R extends RoundResult = RoundResult> {
  /**
   * At once (or right after the round in flight): the staff "sync now" button.
   * A person pressed it, so it overrides a waiting Retry-After or backoff and
   * tries even a refused token once. Resolves with the result of the next
   * round that ends (the one in flight, if any); rejects when that round
   * throws, or with an AbortError once the loop has stopped.
   */
  syncNow(): Promise<R>;
  /** Calls `listener` after every round with its result, e.g. to refresh the screen; returns the way to stop. */
  afterEachRound(listener: (result: R) => void): () => void;
  /** Removes listeners and timers, aborts the round in flight; resolves when it has ended. */
  stop(): Promise<void>;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2000, capMs: 5 * 60 * 1000 };

/**
 * Decides when sync rounds run: at start, on `online`, when the page becomes
 * visible, at a random time within the interval after the last round, and
 * after a failure when the backoff says so. Never because a survey was
 * finished: a round's timing must not tell the server when a citizen answered
 * (issue 11). Never two rounds at once: a trigger during a round asks for one
 * more right after it, unless that round failed — then the backoff decides, so
 * a dead network is not hammered. Until the backoff time (`notBefore`) has passed, a trigger only
 * leaves the round wanted: the wake-up timer already set for that time runs it.
 * `online` shortens a backoff but never a server's Retry-After. After a 401
 * nothing is sent with the refused token: rounds wait until the credentials
 * change (or staff press "sync now"). It never asks navigator.onLine (it says
 * "online" on a LAN without a route to the server); it just tries.
 */
export function startSyncLoop<R extends RoundResult>(options: SyncLoopOptions<R>): SyncLoop<R> {
  const { timers } = options;
  const interval = options.interval ?? DEFAULT_ROUND_INTERVAL;
  const random = options.random ?? Math.random;
  const backoff = new Backoff({ random, ...(options.backoff ?? DEFAULT_BACKOFF) });
  const now = options.now ?? Date.now;
  let stopped = false;
  let inFlight: { controller: AbortController; done: Promise<void> } | undefined;
  let followUp = false;
  let forcedFollowUp = false;
  let wakeTimer: unknown;
  /** No round before this time (epoch ms): the later of backoff and Retry-After. */
  let notBefore = 0;
  /** The server's own Retry-After, which `online` must not shorten. */
  let serverNotBefore = 0;
  /** The last round was refused with 401: send nothing until the credentials change. */
  let refused = false;
  /** Callers of syncNow, told by the next round that ends: its result, or why it has none. */
  const waiting: [resolve: (result: R) => void, reject: (error: unknown) => void][] = [];
  const settle = (result: R | undefined, error?: unknown) => {
    for (const [resolve, reject] of waiting.splice(0)) {
      if (result) resolve(result);
      else reject(error);
    }
  };
  const listeners = new Set<(result: R) => void>();

  const clear = (handle: unknown) => {
    if (handle !== undefined) timers.clearTimeout(handle);
  };
  const wakeIn = (ms: number) => {
    clear(wakeTimer);
    wakeTimer = timers.setTimeout(() => trigger(), Math.max(0, ms));
  };
  /** The next regular round, at a fresh random time: never a beat the server could learn. */
  const wakeForNextRound = () => wakeIn(roundDelay(interval, random));

  const trigger = (force = false) => {
    if (stopped) return;
    if (inFlight) {
      followUp = true;
      forcedFollowUp ||= force;
      return;
    }
    const wait = notBefore - now();
    if (!force && wait > 0) {
      // Wanted, not now: the wake-up at notBefore runs it (re-armed in case `online` moved it).
      wakeIn(wait);
      return;
    }
    clear(wakeTimer);
    wakeTimer = undefined;
    // Marked in flight before the round starts, so even a round that fails synchronously clears it.
    const round = { controller: new AbortController(), done: Promise.resolve() };
    inFlight = round;
    round.done = runAndPlan(round.controller.signal, force);
  };

  /** While refused: false (no round) unless the credentials changed since the 401. */
  const credentialsChanged = async () =>
    (await options.credentialsChanged?.().catch(() => false)) === true;

  const runAndPlan = async (signal: AbortSignal, force: boolean) => {
    // Only awaited while refused: otherwise the round starts synchronously, as callers expect.
    if (refused && !force && !(await credentialsChanged())) {
      inFlight = undefined;
      if (stopped) return;
      // Only a local check ran; staff pressing "sync now" meanwhile still gets a round.
      const again = followUp && forcedFollowUp;
      followUp = forcedFollowUp = false;
      if (again) trigger(true);
      else wakeForNextRound();
      return;
    }
    let result: RoundResult = { outcome: 'retry-later' };
    let summary: R | undefined;
    try {
      summary = await options.runRound(signal);
      result = summary;
    } catch (error) {
      options.onError?.(error);
      settle(undefined, error);
    }
    inFlight = undefined;
    if (summary) settle(summary);
    if (stopped) return;
    if (summary) {
      options.onRound?.(summary);
      for (const listener of listeners) listener(summary);
    }
    refused = result.outcome === 'unauthorized';
    // Whoever asked during this round (staff included) has its outcome already.
    const again = followUp && result.outcome === 'done';
    followUp = forcedFollowUp = false;
    if (result.outcome === 'retry-later' || result.outcome === 'offline') {
      const delay = backoff.nextDelay(result.retryAfterMs);
      notBefore = now() + delay;
      if (result.retryAfterMs !== undefined) {
        serverNotBefore = now() + Math.min(result.retryAfterMs, MAX_RETRY_AFTER_MS);
      }
      wakeIn(delay);
      return;
    }
    if (result.outcome === 'done') {
      backoff.reset();
      notBefore = 0;
    }
    if (again) trigger();
    else wakeForNextRound();
  };

  const onOnline = () => {
    // The network is back: the next retry should not wait out a long backoff — but the
    // server's Retry-After still stands.
    backoff.reset();
    notBefore = serverNotBefore;
    trigger();
  };
  const onVisibility = () => {
    if (options.page?.visibilityState === 'visible') trigger();
  };
  options.network?.addEventListener('online', onOnline);
  options.page?.addEventListener('visibilitychange', onVisibility);
  trigger();

  return {
    syncNow() {
      if (stopped) return Promise.reject(stoppedError());
      const result = new Promise<R>((resolve, reject) => waiting.push([resolve, reject]));
      trigger(true);
      return result;
    },
    afterEachRound(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      stopped = true;
      listeners.clear();
      options.network?.removeEventListener('online', onOnline);
      options.page?.removeEventListener('visibilitychange', onVisibility);
      clear(wakeTimer);
      const current = inFlight;
      current?.controller.abort();
      await current?.done;
      // Asked during a check that ran no round: no round will come now.
      settle(undefined, stoppedError());
    },
  };
}

/** What syncNow rejects with once the loop has stopped: an abort, not a failure. */
function stoppedError(): DOMException {
  return new DOMException('The sync loop has stopped.', 'AbortError');
}
