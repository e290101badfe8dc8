/// <reference lib="webworker" />
// Wiring only: precache the app shell, serve it for navigations, wait to be told to update.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isSwMessage, SKIP_WAITING } from '../src/shared/sw-messages.ts';

declare const self: ServiceWorkerGlobalScope;

// Every file of the build (list injected by vite-plugin-pwa), served cache-first by revision.
precacheAndRoute(self.__WB_MANIFEST);
// Drops caches left by older Workbox precache formats; this build's stale entries go on activate.
cleanupOutdatedCaches();

// Any navigation (`/`, `/?enroll=…`, a reload after weeks offline) gets the precached shell.
// The endpoint is never answered from here: /api/ (every version) and the evaluators' /results
// page always go to the network,
// and nothing else registers a route, so no API response is ever cached.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    // /preview too: the editor frames it, which only the server's own headers for it allow.
    denylist: [/^\/api\//, /^\/results/, /^\/preview/],
  }),
);

// Prompt pattern: no skipWaiting on install and no clients.claim, so a new version never swaps
// the code under a citizen mid-survey. The page (src/pwa/register.ts) asks when it is safe.
self.addEventListener('message', (event) => {
  if (isSwMessage(event.data) && event.data.type === SKIP_WAITING) void self.skipWaiting();
});
