import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dayOf } from '../shared/answer-schema.ts';
import type { StaffViewProps } from '../staff/staff-view.ts';
import type { Store } from '../store/index.ts';
import type { EnrollOutcome } from '../sync/enroll.ts';
import type { SyncSummary } from '../sync/index.ts';
import { App } from './App.tsx';
import {
  type ActiveSurvey,
  closedReason,
  type KioskSettings,
  readKioskSettings,
} from './active-survey.ts';
import { closedAtSubmit } from './answer-set.ts';
import { HiddenCorner } from './components/HiddenCorner.tsx';
import { DEFAULT_OFFICE, type KioskConfig } from './kiosk-config.ts';
import type { Screen } from './kiosk-state.ts';
import type { ClosedScreen } from './screens/ClosedScreen.tsx';
import './styles/staff-entry.css';

export interface KioskRootProps {
  store: Store;
  /** The survey built into the app, run until a configuration arrives. */
  bundled: ActiveSurvey;
  config: KioskConfig;
  /** The outcome of a provisioning link opened on this start (main.tsx), undefined without one. */
  provisioned?: EnrollOutcome;
  /** Told whenever the kiosk comes to rest or leaves it (updates wait for rest, see update-when-idle.ts). */
  onResting?(resting: boolean): void;
  /** Runs a sync round now and resolves with its summary (the staff "Send now"). */
  syncNow(): Promise<SyncSummary>;
  stopSync(): Promise<void>;
  enroll(text: string): Promise<EnrollOutcome>;
  /** Loads the staff mode on first use (its code is precached, but not in the first load). */
  loadStaff(): Promise<ComponentType<StaffViewProps>>;
  onAnswerSaved(): void;
  /** Subscribes to the end of each sync round (main.tsx: the sync bridge); returns the way to stop. */
  afterSyncRound?(listener: () => void): () => void;
}

/** How often a resting kiosk looks for a new configuration, a pause or the next day. */
const RECHECK_MS = 30_000;

/**
 * Everything around the citizens' flow: which survey runs (configuration,
 * period, pause), the hidden staff entry and staff mode, and updates. A new
 * configuration or update takes effect only while the kiosk rests on its
 * welcome (or closed) screen, never under a citizen.
 */
export function KioskRoot(props: KioskRootProps) {
  const { store, bundled, config } = props;
  const [settings, setSettings] = useState<KioskSettings | undefined>(undefined);
  const [day, setDay] = useState(() => dayOf(new Date()));
  const [screen, setScreen] = useState<Screen['kind']>('welcome');
  const [staff, setStaff] = useState<'closed' | 'loading' | ComponentType<StaffViewProps>>(
    'closed',
  );
  const reason = settings && closedReason(settings, day);
  // The store did not answer when asked for the settings: only a restart helps (see refresh).
  const [unavailable, setUnavailable] = useState(false);
  // Loaded only when needed: a running kiosk never shows it (the chunk is precached for offline).
  const [Closed, setClosed] = useState<typeof ClosedScreen | undefined>(undefined);
  useEffect(() => {
    if (!reason || Closed) return;
    import('./screens/ClosedScreen.tsx').then((m) => setClosed(() => m.ClosedScreen));
  }, [reason?.kind]);
  const resting = staff === 'closed' && (screen === 'welcome' || reason !== undefined);
  const restingNow = useRef(resting);
  restingNow.current = resting;

  const refresh = () => {
    readKioskSettings(store, bundled).then(
      (next) => {
        // Read while resting, but a citizen may have started since: then wait for the next rest.
        setSettings((prev) => (prev && (!restingNow.current || same(prev, next)) ? prev : next));
        if (restingNow.current) setDay(dayOf(new Date()));
      },
      (error: unknown) => {
        // Never run a survey on guessed settings (wrong office, period or survey): a store
        // that cannot even read them will not keep answers either, so ask for a restart.
        console.error('Urne: the kiosk settings could not be read:', String(error));
        setUnavailable(true);
        setSettings((prev) => prev ?? { active: bundled, paused: false });
      },
    );
  };

  // Right before an answer set is stored: is the survey still open today, under the settings
  // stored now? If not, show why (the closed screen replaces the survey and drops its answers).
  const stillOpen = async (now: Date): Promise<boolean> => {
    const current = await readKioskSettings(store, bundled);
    const today = dayOf(now);
    if (!settings || !closedAtSubmit(settings, current, today)) return true;
    if (closedReason(current, today)) setSettings(current);
    setDay(today);
    return false;
  };

  useEffect(() => {
    if (!resting) return;
    refresh();
    const timer = setInterval(refresh, RECHECK_MS);
    return () => clearInterval(timer);
  }, [resting]);

  useEffect(() => props.onResting?.(resting), [resting]);

  // A round may have stored a new configuration: a resting kiosk takes it at once. Otherwise a
  // kiosk started by a `?token=` link ran the bundled survey under the default office until the
  // next recheck, and the answers of that half minute were refused by the endpoint for good.
  useEffect(
    () =>
      props.afterSyncRound?.(() => {
        if (restingNow.current) refresh();
      }),
    [],
  );

  const openStaff = () => {
    setStaff('loading');
    props.loadStaff().then(
      (component) => setStaff(() => component),
      (error: unknown) => {
        console.error('Urne: the staff mode could not be loaded:', String(error));
        setStaff('closed');
      },
    );
  };
  const corner = <HiddenCorner holdMs={config.longPressMs} onLongPress={openStaff} />;

  // Whoever opened a provisioning link is told at once, by staff mode: choose a PIN, "set up for
  // …", or why the link was refused. 'kept' (an enrolled kiosk starting at its used link) needs no word.
  const [provisioning, setProvisioning] = useState(
    props.provisioned === 'kept' ? undefined : props.provisioned,
  );
  useEffect(() => {
    if (provisioning) openStaff();
  }, []);

  if (!settings) return null;
  const active = settings.active;
  if (staff === 'loading') return <main class="screen staff-loading" aria-busy="true" />;
  if (staff !== 'closed') {
    const Staff = staff;
    return (
      <Staff
        store={store}
        office={active.office ?? DEFAULT_OFFICE}
        surveyVersion={active.version}
        config={config}
        syncNow={props.syncNow}
        stopSync={props.stopSync}
        enroll={props.enroll}
        provisioning={provisioning}
        onClose={() => {
          setProvisioning(undefined);
          setStaff('closed');
        }}
      />
    );
  }
  if (reason && !unavailable) {
    return Closed ? <Closed reason={reason} corner={corner} /> : <main class="screen closed" />;
  }
  return (
    <App
      key={active.version}
      store={store}
      survey={active.survey}
      version={active.version}
      config={config}
      office={active.office}
      onAnswerSaved={props.onAnswerSaved}
      onScreen={setScreen}
      corner={corner}
      storeUnavailable={unavailable}
      stillOpen={stillOpen}
    />
  );
}

function same(a: KioskSettings, b: KioskSettings): boolean {
  return (
    a.paused === b.paused &&
    a.active.version === b.active.version &&
    a.active.office === b.active.office &&
    a.active.period?.from === b.active.period?.from &&
    a.active.period?.to === b.active.period?.to
  );
}
