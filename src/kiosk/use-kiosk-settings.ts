import { useState } from 'preact/hooks';
import { dayOf } from '../shared/answer-schema.ts';
import type { UrnConfiguration } from '../shared/sealed/sealed-schema.ts';
import type { OpenSettings, Store } from '../store/index.ts';
import {
  closedReason,
  type KioskSettings,
  knownKioskSettings,
  type LoadBundled,
  readKioskSettings,
} from './active-survey.ts';
import { closedAtSubmit } from './answer-set.ts';
import type { ClosedReason } from './closed-texts.ts';

export interface KioskSettingsState {
  /** Undefined until the store first answered. */
  settings: KioskSettings | undefined;
  /** Why citizens cannot answer today, if they cannot. */
  reason: ClosedReason | undefined;
  /** The store did not answer when asked for the settings: only a restart helps. */
  unavailable: boolean;
  /**
   * Reads the settings again. `stillResting` is asked when they arrive: a
   * citizen may have started meanwhile, and then a change waits for the next rest.
   */
  refresh(stillResting: () => boolean): void;
  /** Right before an answer set is stored: is the survey still open on `now`? If not, shows why. */
  stillOpen(now: Date): Promise<SubmitPermit | false>;
  /**
   * stillOpen on settings read inside Send's own write (store's finishOpenAnswerSetIfOpen), at
   * once; undefined when they cannot be judged without waiting (a configuration not yet checked).
   */
  openIn(stored: OpenSettings, now: Date): SubmitPermit | false | undefined;
}

/**
 * The survey is open at submit, under the urn read right then: a key (or a sealed wave) that
 * arrived while the citizen answered applies to this set already, so none is stored readable.
 */
export interface SubmitPermit {
  urn?: UrnConfiguration;
}

/** Which survey runs, under which office and period, and whether it is closed today (pause, period). */
export function useKioskSettings(
  store: Pick<Store, 'getSetting'>,
  bundled: LoadBundled,
): KioskSettingsState {
  const [settings, setSettings] = useState<KioskSettings | undefined>(undefined);
  const [day, setDay] = useState(() => dayOf(new Date()));
  const [unavailable, setUnavailable] = useState(false);
  // The first read starts with the first render, not in useRest's effect after the first
  // (empty) paint: the welcome waits for it, and there it came after the start's writes (the
  // visitor record's finish, durably committed), which a read issued first does not wait for.
  // The first refresh takes it (pop), every later one reads anew.
  const [first] = useState(() => [readKioskSettings(store, bundled)]);

  const refresh = (stillResting: () => boolean) => {
    (first.pop() ?? readKioskSettings(store, bundled)).then(
      (next) => {
        setSettings((prev) => (prev && (!stillResting() || same(prev, next)) ? prev : next));
        if (stillResting()) setDay(dayOf(new Date()));
      },
      (error: unknown) => {
        // Never run a survey on guessed settings (wrong office, period or survey): a store
        // that cannot even read them will not keep answers either, so ask for a restart.
        console.error('Urne: the kiosk settings could not be read:', String(error));
        setUnavailable(true);
        bundled().then(
          (active) => setSettings((prev) => prev ?? { active, paused: false }),
          (failed: unknown) => console.error('Urne: no survey to run:', String(failed)),
        );
      },
    );
  };

  // Under the settings stored now, not those read at the last rest: the closed screen
  // replaces the survey (and drops its answers) when it closed meanwhile.
  const stillOpen = async (now: Date): Promise<SubmitPermit | false> =>
    openUnder(await readKioskSettings(store, bundled), now);
  const openIn = (stored: OpenSettings, now: Date) => {
    const current = knownKioskSettings(stored.configuration, stored.paused);
    return current && openUnder(current, now);
  };
  const openUnder = (current: KioskSettings, now: Date): SubmitPermit | false => {
    const today = dayOf(now);
    if (!settings || !closedAtSubmit(settings, current, today)) return { urn: current.active.urn };
    if (closedReason(current, today)) setSettings(current);
    setDay(today);
    return false;
  };

  const reason = settings && closedReason(settings, day);
  return { settings, reason, unavailable, refresh, stillOpen, openIn };
}

function same(a: KioskSettings, b: KioskSettings): boolean {
  return (
    a.paused === b.paused &&
    a.active.version === b.active.version &&
    a.active.office === b.active.office &&
    a.active.period?.from === b.active.period?.from &&
    a.active.period?.to === b.active.period?.to &&
    JSON.stringify(a.active.urn) === JSON.stringify(b.active.urn) &&
    // The same configuration reads as the same object (active-survey.ts), brand and all.
    a.active.brand === b.active.brand &&
    a.active.test === b.active.test
  );
}
