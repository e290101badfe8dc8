import type { Wave } from '../shared/results/results-model.ts';
import type { OpenBatch, SealedWaveBatch } from '../shared/wire-schema.ts';
import { limitDetails } from './error-handler.ts';
import { ApiError } from './http-error.ts';
import type { ServerStore } from './store/server-store.ts';

const refuse = (sentence: string, details?: string[]) =>
  new ApiError(400, `${sentence} Nothing was stored.`, details && limitDetails(details));

const named = (w: Wave) => `wave ${w.id} "${w.name}"`;

/**
 * A sealed wave's batch goes into the urn only if the urn can take it: the wave exists, belongs to
 * the batch's survey, is sealed with exactly the key the sets were sealed to (else the opening
 * could not read them), has not been opened yet (an envelope added afterwards would never be
 * read, and the Niederschrift's hash would no longer hold), and every set's day is one of its days.
 */
export async function checkUrn(store: ServerStore, batch: SealedWaveBatch): Promise<void> {
  const wave = (await store.listWaves()).find((w) => w.id === batch.wave);
  if (!wave) throw refuse(`There is no wave ${batch.wave}.`);
  if (wave.surveyId !== batch.surveyId) {
    throw refuse(
      `Wave ${wave.id} belongs to the survey "${wave.surveyId}", not "${batch.surveyId}".`,
    );
  }
  if (!wave.sealed) {
    throw refuse(`The ${named(wave)} is open, not sealed: its answers are sent unencrypted.`);
  }
  const key = await store.getWaveKey(wave.id);
  if (!key) throw refuse(`The ${named(wave)} has no key yet, so nothing can be sealed to it.`);
  if (key.fingerprint !== batch.fingerprint) {
    throw refuse(
      `The answer sets were sealed to the key ${batch.fingerprint}, but the key of the ${named(wave)} is ${key.fingerprint}.`,
    );
  }
  if (await store.findUrnOpening(wave.id)) {
    throw refuse(`The urn of the ${named(wave)} has been opened; it takes no more answers.`);
  }
  const outside = batch.answerSets.flatMap((set, i) =>
    set.day < wave.from || set.day > wave.to
      ? [
          `answerSets[${i}]: the day ${set.day} is outside ${named(wave)} (${wave.from} to ${wave.to})`,
        ]
      : [],
  );
  if (outside.length > 0) {
    throw refuse('Some answer sets carry a day outside their sealed wave.', outside);
  }
}

/**
 * Readable answer sets are refused on every day of a sealed wave of their survey, opened or not,
 * so nothing of a sealed wave is ever stored readable: a kiosk sending them predates sealing or
 * has not fetched the wave's key yet.
 */
export async function refuseReadableInUrn(store: ServerStore, batch: OpenBatch): Promise<void> {
  const sealed = (await store.listWaves(batch.surveyId)).filter((w) => w.sealed);
  const inside = batch.answerSets.flatMap((set, i) => {
    const wave = sealed.find((w) => w.from <= set.day && set.day <= w.to);
    return wave
      ? [`answerSets[${i}]: the day ${set.day} belongs to the sealed ${named(wave)}`]
      : [];
  });
  if (inside.length > 0) {
    throw refuse(
      'Some answer sets belong to a sealed wave, whose answers the kiosk must encrypt: update the kiosk (see its staff panel).',
      inside,
    );
  }
}
