import { describe, expect, it } from 'vitest';
import { closedReason, type KioskSettings } from '../../src/kiosk/active-survey.ts';
import { closedAtSubmit } from '../../src/kiosk/answer-set.ts';
import { answerSetToStore } from '../../src/kiosk/seal-answer-set.ts';
import { openEnvelope } from '../../src/server/sealed/open-envelope.ts';
import { generateWaveKeyPair, importPrivateKey } from '../../src/server/sealed/wave-key.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { toBase64Url } from '../../src/shared/sealed/envelope.ts';
import { keyFingerprint } from '../../src/shared/sealed/key-fingerprint.ts';
import { SealedAnswerSet, type UrnConfiguration } from '../../src/shared/sealed/sealed-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';

const survey = loadSurvey(buergerbueroSurvey);
const PERIOD = { from: '2026-06-01', to: '2026-07-31' };
const WAVE_DAYS = { wave: 7, from: '2026-06-15', to: '2026-06-30' };
const MARKER = 'Marker-Zx81-Wartezeit';

const set = (day: string): AnswerSet => ({
  surveyId: survey.id,
  surveyVersion: '0123456789abcdef',
  office: 'Bürgerbüro Lünen',
  day,
  answers: { improve: MARKER, overall: 4 },
});

async function sealedUrn() {
  const pair = await generateWaveKeyPair();
  const fingerprint = await keyFingerprint(pair.publicKey);
  const urn: UrnConfiguration = {
    ...WAVE_DAYS,
    key: { fingerprint, publicKey: toBase64Url(pair.publicKey) },
  };
  return { urn, privateKey: await importPrivateKey(pair.privateKey) };
}

function settings(urn?: UrnConfiguration, version = 'v1'): KioskSettings {
  const active = { survey, version, office: 'Bürgerbüro Lünen', period: PERIOD };
  return { active: urn ? { ...active, urn } : active, paused: false };
}

describe('what the kiosk stores for a sealed wave', () => {
  it("stores only the envelope on the wave's days, and it opens to the same set", async () => {
    const { urn, privateKey } = await sealedUrn();
    for (const day of [WAVE_DAYS.from, '2026-06-20', WAVE_DAYS.to]) {
      const stored = await answerSetToStore(set(day), urn);
      const envelope = SealedAnswerSet.parse(stored);
      expect(envelope).toMatchObject({ wave: 7, office: 'Bürgerbüro Lünen', day });
      expect(JSON.stringify(stored)).not.toContain(MARKER);
      expect(await openEnvelope(envelope, privateKey)).toEqual(set(day));
    }
  });

  it('keeps a set of a day outside the wave readable (an open day of the period)', async () => {
    const { urn } = await sealedUrn();
    expect(await answerSetToStore(set('2026-07-01'), urn)).toEqual(set('2026-07-01'));
    expect(await answerSetToStore(set('2026-06-20'), undefined)).toEqual(set('2026-06-20'));
  });

  it('refuses to store anything on a sealed day without the key', async () => {
    await expect(answerSetToStore(set('2026-06-20'), WAVE_DAYS)).rejects.toThrow(/key/);
  });
});

describe('no key, no survey', () => {
  it("closes the kiosk on the sealed wave's days while the key is missing", () => {
    expect(closedReason(settings(WAVE_DAYS), '2026-06-20')).toEqual({ kind: 'urnWithoutKey' });
    // Open days of the period before and after the wave still take answers.
    expect(closedReason(settings(WAVE_DAYS), '2026-06-14')).toBeUndefined();
    expect(closedReason(settings(WAVE_DAYS), '2026-07-01')).toBeUndefined();
  });

  it('opens once the key has arrived', async () => {
    const { urn } = await sealedUrn();
    expect(closedReason(settings(urn), '2026-06-20')).toBeUndefined();
  });

  it('drops a set at Send when the configuration turned sealed without key meanwhile', () => {
    expect(closedAtSubmit(settings(), settings(WAVE_DAYS), '2026-06-20')).toEqual({
      kind: 'urnWithoutKey',
    });
    expect(closedAtSubmit(settings(), settings(WAVE_DAYS, 'v2'), '2026-06-20')?.kind).toBe(
      'urnWithoutKey',
    );
  });
});
