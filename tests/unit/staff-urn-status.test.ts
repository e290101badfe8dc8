import { describe, expect, it } from 'vitest';
import type { KioskConfiguration } from '../../src/shared/kiosk-config-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { urnStatus } from '../../src/staff/status.ts';

const base: KioskConfiguration = {
  office: 'Bürgerbüro Lünen',
  survey: buergerbueroSurvey,
  surveyVersion: '0123456789abcdef',
  period: { from: '2026-06-01', to: '2026-07-31' },
};
const days = { wave: 2, from: '2026-06-15', to: '2026-06-30' };

describe('the urn line of the staff panel', () => {
  it('names an open wave, a sealed one by its key, and a missing key', () => {
    expect(urnStatus(base, '2026-06-20')).toEqual({ kind: 'open' });
    const key = { fingerprint: '3f9a0c17b2e45d80', publicKey: 'BPk3' };
    expect(urnStatus({ ...base, urn: { ...days, key } }, '2026-06-20')).toEqual({
      kind: 'sealed',
      fingerprint: '3f9a0c17b2e45d80',
    });
    expect(urnStatus({ ...base, urn: days }, '2026-06-20')).toEqual({
      kind: 'noKey',
      closedToday: true,
    });
    // Before the wave's days the survey still runs; the missing key shows all the same.
    expect(urnStatus({ ...base, urn: days }, '2026-06-10')).toEqual({
      kind: 'noKey',
      closedToday: false,
    });
  });
});
