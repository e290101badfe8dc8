import { render } from 'preact';
import { App } from './kiosk/App.tsx';
import { readKioskConfig } from './kiosk/kiosk-config.ts';
import './kiosk/styles/base.css';
import './kiosk/styles/screens.css';
import './kiosk/styles/messages.css';
import './kiosk/styles/answers.css';
import { registerServiceWorker } from './pwa/register.ts';
import { createStore, requestPersistence } from './store/index.ts';
import { buergerbueroSurvey } from './survey/buergerbuero-survey.ts';
import { loadSurvey } from './survey/load-survey.ts';
import { surveyVersion } from './survey/survey-version.ts';
import { startBackgroundSync, takeProvisioningFromUrl } from './sync/index.ts';

// The entry point only wires: store, survey, timings, service worker. All behaviour lives in the modules.
async function start(root: HTMLElement): Promise<void> {
  const store = createStore();
  // Not awaited: the answer is kept for the staff panel; the kiosk works either way.
  void requestPersistence(store);
  // A provisioning link (?token=…&endpoint=…&office=…) is stored before the kiosk reads the
  // office, then dropped from the address bar so the token is not left in the history.
  const provisioned = await takeProvisioningFromUrl(new URL(window.location.href), store).catch(
    () => undefined,
  );
  if (provisioned) window.history.replaceState(window.history.state, '', provisioned);
  // Off the citizen's path: rounds run on start, on `online`, when the page becomes visible,
  // on a timer and shortly after each finished survey; a tap never waits for the network.
  const sync = startBackgroundSync({ store, origin: window.location.origin, window, document });
  const survey = loadSurvey(buergerbueroSurvey);
  const version = await surveyVersion(survey);
  render(
    <App
      store={store}
      survey={survey}
      version={version}
      config={readKioskConfig(window.location.search)}
      onAnswerSaved={() => sync.requestSync()}
    />,
    root,
  );
  void registerServiceWorker();
}

const root = document.getElementById('app') as HTMLElement;
start(root).catch((error: unknown) => {
  // Only a broken build or an insecure origin (no WebCrypto) gets here; show the plain restart text.
  console.error('Urne could not start:', String(error));
  root.textContent = 'Bitte starten Sie die App neu. / Please restart the app.';
});
