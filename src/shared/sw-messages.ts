/**
 * Messages between the page (src/pwa) and the service worker (sw/). Both sides import these
 * names, so a renamed message is a compile error rather than a silently ignored postMessage.
 */

/** Page → waiting worker: activate now (the prompt pattern; the page reloads on `controllerchange`). */
export const SKIP_WAITING = 'SKIP_WAITING';

/** Every message the page may post to the service worker. */
export type SwMessage = { type: typeof SKIP_WAITING };

/** True when `data` is one of our messages (a worker must ignore anything else it is sent). */
export function isSwMessage(data: unknown): data is SwMessage {
  return (
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING
  );
}
