import type { AuditStore } from '../store/audit-store.ts';
import type { RetentionStore } from '../store/retention-store.ts';
import { describeDeletion, runRetention, SYSTEM_ACTOR } from './run-retention.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The deletion schedule in the server process: a run at start, then one a day. The timer is
 * unref'd, so it never keeps a stopping process alive; a failed run is logged and the next day
 * tries again (deletion is idempotent: what is gone stays gone, nothing is recorded twice).
 * `now` is the clock (tests pass a fake one); the returned `ran` settles after the first run.
 */
export function startRetentionTimer(
  store: RetentionStore & AuditStore,
  options: { log: (line: string) => void; now?: () => Date; intervalMs?: number },
): { stop(): void; ran: Promise<void> } {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | undefined;
  const tick = (): Promise<void> => {
    // A run that takes longer than the interval (it never should) is not started twice.
    running ??= runRetention(store, { actor: SYSTEM_ACTOR, now: now() })
      .then(
        (done) => {
          for (const d of done) options.log(`Deleted on schedule: ${describeDeletion(d)}`);
        },
        (err: unknown) => {
          options.log(
            `The deletion schedule failed (next try in a day): ${err instanceof Error ? err.message : String(err)}`,
          );
        },
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const ran = tick();
  const timer = setInterval(tick, options.intervalMs ?? DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), ran };
}
