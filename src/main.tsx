import { render } from 'preact';
import { App } from './kiosk/App.tsx';
import { loadBundledSurvey } from './kiosk/bundled-survey.ts';
import { KioskRoot } from './kiosk/KioskRoot.tsx';
import { readKioskConfig } from './kiosk/kiosk-config.ts';
import { installLockdown } from './kiosk/lockdown.ts';
import { applyUpdatesWhenIdle } from './kiosk/update-when-idle.ts';
import type { StaffHandover } from './kiosk/use-staff-mode.ts';
import { loadSurvey } from './shared/survey/load-survey.ts';
import './kiosk/styles/base.css';
import './kiosk/styles/screens.css';
import './kiosk/styles/answers.css';
import { registerServiceWorker } from './pwa/register.ts';
import type { StaffServices } from './staff/staff-view.ts';
import { createStore, requestPersistence } from './store/index.ts';
import type { EnrollOutcome } from './sync/enroll.ts';
import { startBackgroundSync } from './sync/index.ts';

// The entry point only wires: store, survey, timings, service worker. All behaviour lives in the modules.
async function start(root: HTMLElement): Promise<void> {
  const config = readKioskConfig(window.location.search);
  // The editor's live preview (framed at /preview) runs the kiosk on a draft, and nothing of a
  // kiosk: no store, no sync, no service worker. Its code is a chunk fetched only there. The path
  // is PREVIEW_PATH written out: importing a module the editor imports too would split a chunk
  // off the first load (tests/browser/editor-preview.test.ts fails if the two part).
  if (location.pathname === '/preview') {
    return import('./kiosk/preview/start-preview.tsx').then((m) =>
      m.startPreview(root, App, loadSurvey, config),
    );
  }
  const store = createStore({ timeoutMs: config.storeTimeoutMs });
  // Not awaited: the answer is kept for the staff panel; the kiosk works either way.
  void requestPersistence(store);
  // A provisioning link (?token=…&endpoint=…&office=…) is stored before the kiosk reads the
  // office, then dropped from the address bar so the token is not left in the history. Opened
  // once per tablet, so its code is loaded only then, like the one-time link's below.
  if (new URL(window.location.href).searchParams.has('token')) {
    const provisioned = await import('./sync/settings-from-url.ts')
      .then((m) => m.takeProvisioningFromUrl(new URL(window.location.href), store))
      .catch(() => undefined);
    if (provisioned) window.history.replaceState(window.history.state, '', provisioned);
  }
  // A one-time link (?enroll=…) is redeemed for token, office and survey before anything reads
  // them; its code is loaded only then, which keeps the first load within budget. Its outcome
  // goes to the screen (PIN pad, confirmation or why not), never only into the settings.
  let linkOutcome: EnrollOutcome | undefined;
  if (new URL(window.location.href).searchParams.has('enroll')) {
    const { enrollFromUrl } = await import('./sync/enroll.ts');
    const enrolled = await enrollFromUrl(new URL(window.location.href), {
      store,
      fetch: (i, o) => fetch(i, o),
    });
    if (enrolled) window.history.replaceState(window.history.state, '', enrolled.cleanedUrl);
    linkOutcome = enrolled?.outcome;
  }
  // Off the citizen's path: rounds run on start, on `online`, when the page becomes visible and
  // at a random time 10–30 minutes after the last one — never after a survey, whose moment the
  // round's timing would betray. A tap never waits for the network.
  const sync = startBackgroundSync({
    store,
    origin: window.location.origin,
    window,
    document,
    tuning: { interval: { minMs: config.roundMinMs, maxMs: config.roundMaxMs } },
    onError: (error) => console.error('Urne: a sync round failed:', String(error)),
  });
  // Statically bundled: a lazy chunk fetched on every start would still count against the
  // first-load budget, and separately it costs more bytes than inside the entry.
  installLockdown(window);
  // Staff mode gets the kiosk's handover plus what only the page has. "Send now" is the loop's
  // syncNow, which resolves with that round's summary.
  const staffServices: StaffServices = {
    store,
    config,
    syncNow: sync.syncNow,
    stopSync: sync.stop,
    enroll: (text) =>
      import('./staff/setup-enroll.ts').then((m) =>
        m.enrollFromPanel(text, {
          store,
          fetch: window.fetch.bind(window),
          origin: location.origin,
        }),
      ),
  };
  // Kept: an update is applied only while the kiosk rests untouched on its welcome screen.
  const pwa = registerServiceWorker();
  const rest = { resting: true, since: performance.now() };
  applyUpdatesWhenIdle(pwa, () => rest, config.updateIdleMs);
  render(
    <KioskRoot
      store={store}
      bundled={loadBundledSurvey}
      config={config}
      provisioned={linkOutcome}
      onResting={(resting) => Object.assign(rest, { resting, since: performance.now() })}
      loadStaff={() =>
        import('./staff/StaffMode.tsx').then(({ StaffMode }) => (handover: StaffHandover) => (
          <StaffMode {...handover} {...staffServices} />
        ))
      }
      afterSyncRound={sync.afterEachRound}
    />,
    root,
  );
}

const root = document.getElementById('app') as HTMLElement;
start(root).catch((error: unknown) => {
  // Only a broken build or an insecure origin (no WebCrypto) gets here; show the plain restart text.
  console.error('Urne could not start:', String(error));
  root.textContent = 'Bitte starten Sie die App neu. / Please restart the app.';
});
