/**
 * Outbox → endpoint. Gets fetch, store, timers and event sources as arguments
 * and touches no DOM, so the page or a service worker can run it.
 * (takeProvisioningFromUrl is imported from settings-from-url.ts itself: the kiosk loads it only
 * when its address carries a token, so re-exporting it here would pull it into every start.)
 */

export {
  type BackgroundSyncOptions,
  readSyncConfig,
  startBackgroundSync,
} from './background-sync.ts';
export {
  Backoff,
  type BackoffOptions,
  backoffDelay,
  parseRetryAfter,
  retryDelay,
} from './backoff.ts';
export { DEFAULT_ROUND_INTERVAL, type RoundInterval, roundDelay } from './round-interval.ts';
export { type SyncLoop, type SyncLoopOptions, startSyncLoop } from './sync-loop.ts';
export { type SyncOnceOptions, type SyncOutcome, type SyncSummary, syncOnce } from './sync-once.ts';
