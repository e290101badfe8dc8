import type { Store } from '../store/index.ts';
import type { SyncLoop, SyncSummary } from '../sync/index.ts';

/** What the staff panel may do with the background sync. */
export interface StaffSync {
  /** Starts a round now and resolves with the summary of the next round that ends. */
  syncNow(): Promise<SyncSummary>;
  /** Stops the background sync for good (before a reset wipes the settings it reads). */
  stop(): Promise<void>;
}

/**
 * Connects the page's sync loop to the staff panel and keeps the "sent in
 * total" counter: pass `onRound`/`onError` to startBackgroundSync, then
 * `attach` the loop it returns.
 */
export function createSyncBridge(store: Pick<Store, 'addSentTotal'>) {
  let loop: SyncLoop | undefined;
  const waiting = new Set<{ resolve(s: SyncSummary): void; reject(e: unknown): void }>();
  const listeners = new Set<() => void>();
  return {
    onRound(summary: SyncSummary): void {
      void (async () => {
        // Counted before anyone waiting is told, so the panel reads the new total.
        if (summary.acknowledged > 0) await store.addSentTotal(summary.acknowledged).catch(() => 0);
        for (const waiter of waiting) waiter.resolve(summary);
        waiting.clear();
        for (const listener of listeners) listener();
      })();
    },
    /** Calls `listener` after every sync round (which may have stored a new configuration); returns the way to stop. */
    afterEachRound(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onError(error: unknown): void {
      console.error('Urne: a sync round failed:', String(error));
      for (const waiter of waiting) waiter.reject(error);
      waiting.clear();
    },
    attach(syncLoop: SyncLoop): void {
      loop = syncLoop;
    },
    staff: {
      syncNow: () =>
        new Promise<SyncSummary>((resolve, reject) => {
          waiting.add({ resolve, reject });
          loop?.syncNow();
        }),
      stop: async () => {
        await loop?.stop();
      },
    } satisfies StaffSync,
  };
}
