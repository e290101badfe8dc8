import type { PwaHandle } from '../pwa/register.ts';

/** How often the page asks the server for a new version. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Where the kiosk stands: resting = welcome or closed screen, staff mode shut, nothing unsaved. */
export interface RestState {
  resting: boolean;
  /** performance.now() when it last arrived at rest. */
  since: number;
}

/**
 * Applies a waiting app update only when no citizen can be interrupted: the
 * kiosk rests and nobody has touched it for `idleMs` (counted from the last
 * touch and from arriving at rest). Applying reloads the page. Also checks for
 * a new version every hour. Part of the entry chunk (counted in the
 * first-load budget): it runs on every start anyway.
 */
export function applyUpdatesWhenIdle(
  pwa: Promise<PwaHandle | undefined>,
  rest: () => RestState,
  idleMs: number,
): void {
  let lastTouch = performance.now();
  const touch = () => {
    lastTouch = performance.now();
  };
  for (const type of ['pointerdown', 'keydown'] as const) {
    document.addEventListener(type, touch, { capture: true, passive: true });
  }
  void pwa.then((handle) => {
    if (!handle) return;
    setInterval(() => void handle.checkForUpdate(), CHECK_EVERY_MS);
    const timer = setInterval(() => {
      const { resting, since } = rest();
      if (!handle.updateWaiting || !resting) return;
      if (performance.now() - Math.max(lastTouch, since) < idleMs) return;
      clearInterval(timer);
      void handle.applyUpdate();
    }, 1_000);
  });
}
