import { Workbox } from 'workbox-window';
import { SKIP_WAITING, type SwMessage } from '../shared/sw-messages.ts';

/**
 * The page's handle on its service worker. Updates use the prompt pattern: a new version
 * installs in the background and waits; the app decides when it is safe (welcome screen, idle,
 * nothing unsaved) and calls `applyUpdate()`. Nothing here ever reloads on its own.
 */
export interface PwaHandle {
  /** True while a newer version is installed and waiting for `applyUpdate()`. */
  readonly updateWaiting: boolean;
  /**
   * Calls `listener` whenever a newer version starts waiting (soon after subscribing if one
   * already is). Returns the unsubscribe function.
   */
  onUpdateWaiting(listener: () => void): () => void;
  /**
   * Activates the waiting version and reloads the page once it controls it.
   * Resolves `false` (and does nothing) when no update is waiting.
   */
  applyUpdate(): Promise<boolean>;
  /**
   * Asks the server for a new sw.js; a changed one then installs and starts waiting.
   * Never rejects (meant for a timer): resolves `false` when the check failed, e.g. offline.
   */
  checkForUpdate(): Promise<boolean>;
}

export interface RegisterOptions {
  /** The worker's URL; defaults to `sw.js` under Vite's base. */
  scriptUrl?: string;
  /** How to reload once the new version controls the page (tests may observe it). */
  reload?: () => void;
}

/**
 * Registers the service worker once, after the page has loaded (so it never competes with the
 * first render). Resolves `undefined` where service workers are unsupported, in `vite dev`
 * (a caching worker there only serves stale code), or when registration fails: the kiosk then
 * still works online, it just cannot start offline.
 */
export async function registerServiceWorker(
  options: RegisterOptions = {},
): Promise<PwaHandle | undefined> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return undefined;
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(options.scriptUrl ?? `${base}sw.js`, { scope: base });
  const listeners = new Set<() => void>();
  let registration: ServiceWorkerRegistration | undefined;
  // Read from the registration, not from events: workbox-window stops reporting after the first
  // update it did not trigger itself, while `registration.waiting` always names the newest one.
  // An active worker is required: on first install the new worker passes through "waiting".
  const isWaiting = () => Boolean(registration?.waiting && registration.active);
  const notify = () => {
    if (isWaiting()) for (const listener of listeners) listener();
  };
  // Later updates; one already waiting at start is announced when the app subscribes.
  wb.addEventListener('waiting', notify);
  try {
    registration = await wb.register();
  } catch (error) {
    console.error('Urne: no service worker, so no offline start:', error);
    return undefined;
  }
  if (!registration) return undefined;
  const reg = registration;
  let applying = false;
  return {
    get updateWaiting() {
      return isWaiting();
    },
    onUpdateWaiting(listener) {
      listeners.add(listener);
      if (isWaiting()) queueMicrotask(listener);
      return () => listeners.delete(listener);
    },
    async applyUpdate() {
      const waiting = reg.waiting;
      if (!waiting || !reg.active) return false;
      if (!applying) {
        applying = true;
        const reload = options.reload ?? (() => window.location.reload());
        // The worker never claims clients itself, so a controller change now is the new version.
        wb.addEventListener('controlling', () => reload());
      }
      const message: SwMessage = { type: SKIP_WAITING };
      waiting.postMessage(message);
      return true;
    },
    checkForUpdate: () =>
      reg.update().then(
        () => true,
        () => false,
      ),
  };
}
