import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { Store } from '../store/index.ts';
import type { EnrollOutcome } from '../sync/enroll.ts';
import { App } from './App.tsx';
import type { LoadBundled } from './active-survey.ts';
import { HiddenCorner } from './components/HiddenCorner.tsx';
import { useOfficeBrand } from './components/OfficeBrand.tsx';
import { DEFAULT_OFFICE, type KioskConfig } from './kiosk-config.ts';
import type { Screen } from './kiosk-state.ts';
import { useClosedScreen } from './use-closed-screen.ts';
import { useKioskSettings } from './use-kiosk-settings.ts';
import { type RestOptions, useRest } from './use-rest.ts';
import { type StaffHandover, useStaffMode } from './use-staff-mode.ts';
import { createVisitorRecord } from './visitor-record.ts';
import './styles/staff-entry.css';

export interface KioskRootProps extends RestOptions {
  store: Store;
  /** Loads the survey built into the app, run until a configuration arrives. */
  bundled: LoadBundled;
  config: KioskConfig;
  /** The outcome of a provisioning link opened on this start (main.tsx), undefined without one. */
  provisioned?: EnrollOutcome;
  /**
   * Loads the staff mode on first use (its code is precached, but not in the first load),
   * given what the kiosk hands it; main.tsx adds the services.
   */
  loadStaff(): Promise<ComponentType<StaffHandover>>;
}

/**
 * Everything around the citizens' flow: which survey runs (configuration,
 * period, pause), the hidden staff entry and staff mode, and updates. A new
 * configuration or update takes effect only while the kiosk rests on its
 * welcome (or closed) screen, never under a citizen.
 */
export function KioskRoot(props: KioskRootProps) {
  const { store, bundled, config } = props;
  // Only whether the welcome shows: told every screen kind, this component and the whole App
  // rendered again when Send showed "sending" and again for the thank-you (a few milliseconds
  // each on a slow tablet, between Send and its thank-you); the same boolean renders nothing.
  const [atWelcome, setAtWelcome] = useState(true);
  const staff = useStaffMode(props.loadStaff, props.provisioned);
  const { settings, reason, unavailable, refresh, stillOpen, openIn } = useKioskSettings(
    store,
    bundled,
  );
  const resting = staff.view === 'closed' && (atWelcome || reason !== undefined);
  useRest(resting, refresh, props);
  const Closed = useClosedScreen(reason);
  useOfficeBrand(settings?.active);
  // Once per start, also on a closed day: a record a crash or reload left open is finished now
  // (with what it holds), so it leaves the tablet; then each visitor's writes wait their turn.
  const [record] = useState(() => createVisitorRecord(store));

  if (!settings) return null;
  const active = settings.active;
  if (staff.view === 'loading') return <main class="screen staff-loading" aria-busy="true" />;
  if (staff.view !== 'closed') {
    const Staff = staff.view;
    return (
      <Staff
        office={active.office ?? DEFAULT_OFFICE}
        surveyVersion={active.version}
        provisioning={staff.provisioning}
        onClose={staff.close}
      />
    );
  }
  const corner = <HiddenCorner holdMs={config.longPressMs} onLongPress={staff.open} />;
  // Test mode: its banner over every screen. (An unchanged draft has the published version: the
  // App stays, and marks its sets from the next one on, as `test` is read at each write.)
  const Banner = active.test;
  const shown =
    reason && !unavailable ? (
      Closed ? (
        <Closed reason={reason} corner={corner} />
      ) : (
        <main class="screen closed" />
      )
    ) : (
      <App
        key={active.version}
        store={store}
        survey={active.survey}
        version={active.version}
        config={config}
        office={active.office}
        urn={active.urn}
        onScreen={(kind: Screen['kind']) => setAtWelcome(kind === 'welcome')}
        corner={corner}
        storeUnavailable={unavailable}
        stillOpen={stillOpen}
        openIn={openIn}
        record={record}
        test={!!Banner}
      />
    );
  return Banner ? (
    <>
      <Banner />
      {shown}
    </>
  ) : (
    shown
  );
}
