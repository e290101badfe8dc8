/**
 * Outbox → endpoint. Gets fetch, store, timers and event sources as arguments
 * and touches no DOM, so the page or a service worker can run it.
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
export { takeProvisioningFromUrl } from './settings-from-url.ts';
export { type SyncLoop, type SyncLoopOptions, startSyncLoop } from './sync-loop.ts';
export { type SyncOnceOptions, type SyncOutcome, type SyncSummary, syncOnce } from './sync-once.ts';
