import * as z from 'zod/mini';
import { AnswerSet, Day } from './answer-schema.ts';
import { KioskTestRun } from './kiosk-test-schema.ts';
import { UrnConfiguration } from './sealed/sealed-schema.ts';
import { SurveyDefinition } from './survey-schema.ts';

/** The survey period: first and last day on which the kiosk takes answers, both inclusive. */
export const SurveyPeriod = z.strictObject({ from: Day, to: Day }).check(
  z.refine((period) => period.from <= period.to, {
    message: 'the period must not end before it starts',
    path: ['to'],
  }),
);
export type SurveyPeriod = z.infer<typeof SurveyPeriod>;

/**
 * Everything a kiosk needs to run unattended: the office it answers for, the
 * survey (with its version, so the kiosk can re-check the hash) and the period.
 * The endpoint hands it out on enrollment and on every sync round; the kiosk
 * keeps the last one it received in its settings (key `configuration`).
 */
export const KioskConfiguration = z.strictObject({
  office: AnswerSet.shape.office,
  survey: SurveyDefinition,
  surveyVersion: AnswerSet.shape.surveyVersion,
  period: SurveyPeriod,
  /** Present when the days of a sealed wave fall in the period: their answers are sealed. */
  urn: z.optional(UrnConfiguration),
  /**
   * The office's name, logo and colours, when IT set them: a `Brand` (brand-schema.ts). Only its
   * shape is checked here; the kiosk checks each field with `Brand` where it shows them, in a
   * chunk loaded only for a brand, which keeps that schema out of a first load at its budget.
   */
  brand: z.optional(z.record(z.string(), z.string())),
  /**
   * A draft on trial on this kiosk (kiosk-test-schema.ts), absent otherwise, so older kiosks and
   * every other kiosk are untouched. Made only of schemas the kiosk's first load has anyway.
   */
  test: z.optional(KioskTestRun),
});
export type KioskConfiguration = z.infer<typeof KioskConfiguration>;

/** True when `day` (YYYY-MM-DD) lies inside the period; plain string order works for ISO days. */
export function isInPeriod(period: SurveyPeriod, day: string): boolean {
  return period.from <= day && day <= period.to;
}
