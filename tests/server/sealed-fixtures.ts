import { randomUUID } from 'node:crypto';
import { holdCeremony } from '../../src/server/sealed/key-ceremony.ts';
import { shareText } from '../../src/server/sealed/share-codec.ts';
import type { ServerStore } from '../../src/server/store/server-store.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { sealAnswerSet, type WaveSealingKey } from '../../src/shared/sealed/envelope.ts';
import type { SealedWaveBatch } from '../../src/shared/wire-schema.ts';
import { SURVEY } from './results-fixtures.ts';

export const HOLDERS = ['Leitung Bürgerbüro', 'Datenschutz', 'Personalrat'];

/**
 * Holds a 2-of-3 key ceremony for a wave as `urne keys create` does: the kiosk's sealing key, and
 * each holder's share as its QR code holds it (by share number − 1).
 */
export async function holdTestCeremony(
  store: ServerStore,
  waveId: number,
): Promise<{ key: WaveSealingKey; shares: string[] }> {
  const ceremony = await holdCeremony(waveId, { holders: HOLDERS, threshold: 2 });
  await store.setWaveKey(waveId, {
    publicKey: Buffer.from(ceremony.publicKey).toString('base64url'),
    fingerprint: ceremony.fingerprint,
    holders: HOLDERS,
    threshold: 2,
  });
  return {
    key: { wave: waveId, fingerprint: ceremony.fingerprint, publicKey: ceremony.publicKey },
    shares: ceremony.shares.map((s) => shareText(s.lines)),
  };
}

/** The key ceremony for a wave; returns the kiosk's sealing key. */
export const sealWave = async (store: ServerStore, waveId: number): Promise<WaveSealingKey> =>
  (await holdTestCeremony(store, waveId)).key;

/** A sealed wave's batch as a kiosk sends it: every set sealed to `key` in Node. */
export async function sealedBatch(
  sets: readonly AnswerSet[],
  key: WaveSealingKey,
): Promise<SealedWaveBatch> {
  const first = sets[0];
  if (!first) throw new Error('sealedBatch needs at least one answer set');
  return {
    batchId: randomUUID(),
    sealed: true,
    wave: key.wave,
    fingerprint: key.fingerprint,
    surveyId: SURVEY,
    surveyVersion: first.surveyVersion,
    office: first.office,
    answerSets: await Promise.all(sets.map((set) => sealAnswerSet(set, key))),
  };
}
