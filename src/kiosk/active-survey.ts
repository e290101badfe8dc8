import type { FunctionComponent } from 'preact';
import { dayOf } from '../shared/answer-schema.ts';
import {
  isInPeriod,
  KioskConfiguration,
  type SurveyPeriod,
} from '../shared/kiosk-config-schema.ts';
import type { UrnConfiguration } from '../shared/sealed/sealed-schema.ts';
import { isUrnDay } from '../shared/sealed/urn-days.ts';
import { loadSurvey } from '../shared/survey/load-survey.ts';
import { surveyVersion } from '../shared/survey/survey-version.ts';
import type { SurveyDefinition } from '../shared/survey-schema.ts';
import type { Store } from '../store/index.ts';
import type { ClosedReason } from './closed-texts.ts';

/** The survey the kiosk runs now, and under which office and period. */
export interface ActiveSurvey {
  survey: SurveyDefinition;
  version: string;
  /** From the configuration; absent = the `office` setting (or the default). */
  office?: string;
  /** Absent until the kiosk has a configuration: no period limit then. */
  period?: SurveyPeriod;
  /** The sealed wave whose days this kiosk seals (with its key once the ceremony was held). */
  urn?: UrnConfiguration;
  /** The office's name, logo and colours from the configuration, when IT set them. */
  brand?: Record<string, string>;
  /** In test mode only (test-mode/test-mode.tsx): the banner; every set is then marked test. */
  test?: FunctionComponent;
}

export interface KioskSettings {
  active: ActiveSurvey;
  paused: boolean;
}

/** Loads the survey built into the app (src/kiosk/bundled-survey.ts), asked only when needed. */
export type LoadBundled = () => Promise<ActiveSurvey>;

/**
 * Reads what the kiosk should run from its settings: the configuration the
 * endpoint handed out (enrollment or sync), or the bundled survey with no
 * period. A configuration that does not check out (broken survey, version not
 * matching its survey) is not used: the kiosk keeps running the bundled survey
 * and says why in the console.
 */
export async function readKioskSettings(
  store: Pick<Store, 'getSetting'>,
  bundled: LoadBundled,
): Promise<KioskSettings> {
  const [raw, paused] = await Promise.all([
    store.getSetting('configuration'),
    store.getSetting('paused'),
  ]);
  const active = raw ? await fromConfiguration(raw, bundled) : await bundled();
  return { active, paused: paused === true };
}

let checked: { json: string; active: ActiveSurvey } | undefined;

/**
 * readKioskSettings for values just read from the store, without waiting for anything: known
 * only when the configuration is the one checked last (the usual case: it changes when IT
 * sends a new one). Undefined otherwise (a new configuration, none: the bundled survey), and
 * the caller reads them the usual way. For Send's write, whose transaction must not wait.
 */
export function knownKioskSettings(raw: unknown, paused: unknown): KioskSettings | undefined {
  if (!raw || checked?.json !== JSON.stringify(raw)) return undefined;
  return { active: checked.active, paused: paused === true };
}

async function fromConfiguration(raw: unknown, bundled: LoadBundled): Promise<ActiveSurvey> {
  // The hash is computed once per distinct configuration, not on every check.
  const json = JSON.stringify(raw);
  if (checked?.json === json) return checked.active;
  try {
    const configuration = KioskConfiguration.parse(raw);
    const survey = loadSurvey(configuration.survey);
    const version = await surveyVersion(survey);
    if (version !== configuration.surveyVersion) {
      throw new Error(`survey version ${configuration.surveyVersion} does not match its survey`);
    }
    const { office, period, urn, brand } = configuration;
    let active: ActiveSurvey = {
      survey,
      version,
      office,
      period,
      ...(urn ? { urn } : {}),
      brand,
    };
    // A draft on trial: its code is a chunk loaded only then (the first load is at its budget).
    if (configuration.test) {
      active = await (await import('./test-mode/test-mode.tsx')).withTest(
        active,
        configuration.test,
      );
    }
    checked = { json, active };
    return active;
  } catch (error) {
    console.error(
      'Urne: the stored configuration is not usable; running the bundled survey.',
      String(error),
    );
    return bundled();
  }
}

/** Why the kiosk takes no answers on `day`, or undefined when it does. */
export function closedReason(
  settings: KioskSettings,
  day = dayOf(new Date()),
): ClosedReason | undefined {
  if (settings.paused) return { kind: 'paused' };
  const { period, urn } = settings.active;
  if (period && !isInPeriod(period, day)) {
    return day < period.from ? { kind: 'before', period } : { kind: 'after', period };
  }
  // Answers of a sealed wave's day could only be stored readable: none are taken.
  if (isUrnDay(urn, day) && !urn.key) return { kind: 'urnWithoutKey' };
  return undefined;
}
