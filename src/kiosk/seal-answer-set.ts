import type { AnswerSet } from '../shared/answer-schema.ts';
import type { SealedAnswerSet, UrnConfiguration } from '../shared/sealed/sealed-schema.ts';
import { isUrnDay } from '../shared/sealed/urn-days.ts';

type Envelope = typeof import('../shared/sealed/envelope.ts');

let loading: Promise<Envelope> | undefined;

/**
 * Starts loading the HPKE code, which is not in the first load (it would cost the budget on
 * every start, and an open wave never needs it). Called when a sealed survey starts and when
 * the kiosk rests, so Send never waits for it; the service worker precaches the chunk, so it
 * loads offline too. A failed load is forgotten, so the next survey tries again.
 */
export function loadSealing(): Promise<Envelope> {
  loading ??= import('../shared/sealed/envelope.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * What goes into IndexedDB for `set`: the set itself outside the urn's days (and a test set), else only its
 * envelope, sealed to the wave's public key. The readable set stays in memory only.
 */
export async function answerSetToStore(
  set: AnswerSet,
  urn: UrnConfiguration | undefined,
): Promise<AnswerSet | SealedAnswerSet> {
  // A test set (a draft on trial) is never sealed into the wave's urn: the server takes it open,
  // into its test store, whatever the wave, and would otherwise open it as a real answer.
  if (set.test || !isUrnDay(urn, set.day)) return set;
  // The closed screen keeps citizens out on such days; this only guards the store (the
  // citizen then sees the apology, and nothing readable is kept).
  if (!urn.key) throw new Error('a sealed wave without its key: the set is not stored');
  const { sealAnswerSet, fromBase64Url } = await loadSealing();
  return sealAnswerSet(set, {
    wave: urn.wave,
    fingerprint: urn.key.fingerprint,
    publicKey: fromBase64Url(urn.key.publicKey),
  });
}
