import { useEffect, useRef } from 'preact/hooks';

/** How often a resting kiosk looks for a new configuration, a pause or the next day. */
const RECHECK_MS = 30_000;

export interface RestOptions {
  /** Told whenever the kiosk comes to rest or leaves it (updates wait for rest, see update-when-idle.ts). */
  onResting?(resting: boolean): void;
  /** Subscribes to the end of each sync round; returns the way to stop. */
  afterSyncRound?(listener: () => void): () => void;
}

/**
 * While the kiosk rests (welcome or closed screen, staff mode shut) it reads
 * its settings again at once, every half minute and after each sync round, so
 * a new configuration, a pause or the next day takes effect — never under a
 * citizen. `refresh` gets a way to ask whether the kiosk still rests.
 */
export function useRest(
  resting: boolean,
  refresh: (stillResting: () => boolean) => void,
  options: RestOptions,
): void {
  const restingNow = useRef(resting);
  restingNow.current = resting;
  const stillResting = () => restingNow.current;

  useEffect(() => {
    if (!resting) return;
    refresh(stillResting);
    const timer = setInterval(() => refresh(stillResting), RECHECK_MS);
    return () => clearInterval(timer);
  }, [resting]);

  useEffect(() => options.onResting?.(resting), [resting]);

  // A round may have stored a new configuration: a resting kiosk takes it at once. Otherwise a
  // kiosk started by a `?token=` link ran the bundled survey under the default office until the
  // next recheck, and the answers of that half minute were refused by the endpoint for good.
  useEffect(
    () =>
      options.afterSyncRound?.(() => {
        if (restingNow.current) refresh(stillResting);
      }),
    [],
  );
}
