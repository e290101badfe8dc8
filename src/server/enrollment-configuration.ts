import type { Brand } from '../shared/brand-schema.ts';
import type { KioskConfiguration } from '../shared/kiosk-config-schema.ts';
import type { UrnConfiguration } from '../shared/sealed/sealed-schema.ts';
import { buergerbueroSurvey } from '../shared/survey/buergerbuero-survey.ts';
import type { OfficeSurvey } from './store/enrollment-store.ts';
import type { ServerStore } from './store/server-store.ts';
import { seedDefaultSurvey } from './survey-catalog.ts';

/** A new office runs four weeks from the day it is first configured: today and 27 more days. */
export const DEFAULT_PERIOD_DAYS = 28;

/** `day` (YYYY-MM-DD) plus `days` calendar days; computed in UTC so no clock change shifts it. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The office's survey and period; an office seen for the first time gets the
 * bundled default survey and the default period from `today`, written down at
 * once so the period does not move with the calendar.
 */
export async function ensureOfficeSurvey(
  store: ServerStore,
  office: string,
  today: string,
): Promise<OfficeSurvey> {
  const found = await store.findOfficeSurvey(office);
  if (found) return found;
  const assignment: OfficeSurvey = {
    office,
    surveyId: buergerbueroSurvey.id,
    surveyVersion: await seedDefaultSurvey(store),
    from: today,
    to: addDays(today, DEFAULT_PERIOD_DAYS - 1),
  };
  await store.setOfficeSurvey(assignment);
  return assignment;
}

/**
 * What a kiosk of `office` receives on enrollment and on every sync round; `brand` (the
 * server's URNE_BRAND_*) only when IT set one, so kiosks of an older app still accept it.
 */
export async function officeConfiguration(
  store: ServerStore,
  office: string,
  today: string,
  brand?: Brand,
): Promise<KioskConfiguration> {
  const a = await ensureOfficeSurvey(store, office, today);
  const survey = await store.findSurvey(a.surveyId, a.surveyVersion);
  if (!survey) {
    // Only a hand-edited database gets here; the CLI stores a survey before assigning it.
    throw new Error(
      `The survey ${a.surveyId} (version ${a.surveyVersion}) assigned to "${office}" is not in the database.`,
    );
  }
  const urn = await urnOf(store, a, today);
  return {
    office,
    survey,
    surveyVersion: a.surveyVersion,
    period: { from: a.from, to: a.to },
    ...(urn ? { urn } : {}),
    ...(brand ? { brand } : {}),
  };
}

/**
 * The sealed wave whose days the office's kiosks must seal: of the office survey's sealed waves
 * that overlap its period, the one running today, else the next, else the last. Its key goes
 * along once the ceremony has been held; without it the kiosks take no answers on its days.
 */
async function urnOf(
  store: ServerStore,
  a: OfficeSurvey,
  today: string,
): Promise<UrnConfiguration | undefined> {
  const sealed = (await store.listWaves(a.surveyId)).filter(
    (w) => w.sealed && w.from <= a.to && a.from <= w.to,
  );
  const wave =
    sealed.find((w) => w.from <= today && today <= w.to) ??
    sealed.find((w) => today < w.from) ??
    sealed.at(-1);
  if (!wave) return undefined;
  const key = await store.getWaveKey(wave.id);
  return {
    wave: wave.id,
    from: wave.from,
    to: wave.to,
    ...(key ? { key: { fingerprint: key.fingerprint, publicKey: key.publicKey } } : {}),
  };
}
