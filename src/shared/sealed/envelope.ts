import * as z from 'zod/mini';
import { type AnswerSet, Answers } from '../answer-schema.ts';
import { canonicalJson } from '../survey/survey-version.ts';
import type { SealedAnswerSet } from './sealed-schema.ts';
import { WAVE_SUITE } from './wave-suite.ts';

/** Plaintexts are padded to a multiple of this, so a long free text looks like none. */
export const ENVELOPE_BUCKET = 256;

/** The wave's public key as the kiosk gets it with its configuration. */
export interface WaveSealingKey {
  wave: number;
  fingerprint: string;
  /** The raw uncompressed P-256 point (65 bytes). */
  publicKey: Uint8Array;
}

const encoder = new TextEncoder();

/** HPKE `info`: binds a ciphertext to its wave and key, so it cannot be opened as another's. */
export const envelopeInfo = (wave: number, fingerprint: string) =>
  encoder.encode(`urne/v1/wave/${wave}/${fingerprint}`);

/**
 * HPKE `aad`: the clear fields, so an envelope moved to another office or day (by whoever runs
 * the server) fails to open and is counted invalid, never stored.
 */
export const envelopeAad = (
  e: Pick<SealedAnswerSet, 'surveyId' | 'surveyVersion' | 'office' | 'day'>,
) =>
  encoder.encode(
    canonicalJson({
      surveyId: e.surveyId,
      surveyVersion: e.surveyVersion,
      office: e.office,
      day: e.day,
    }),
  );

/** Seals one answer set (HPKE base mode, a fresh context per set). */
export async function sealAnswerSet(set: AnswerSet, key: WaveSealingKey): Promise<SealedAnswerSet> {
  const recipientPublicKey = await WAVE_SUITE.kem.deserializePublicKey(key.publicKey);
  const sender = await WAVE_SUITE.createSenderContext({
    recipientPublicKey,
    info: envelopeInfo(key.wave, key.fingerprint),
  });
  const clear = {
    surveyId: set.surveyId,
    surveyVersion: set.surveyVersion,
    office: set.office,
    day: set.day,
  };
  const secret = set.flagged ? { answers: set.answers, flagged: true } : { answers: set.answers };
  const ct = await sender.seal(pad(canonicalJson(secret)), envelopeAad(clear));
  return {
    wave: key.wave,
    fingerprint: key.fingerprint,
    ...clear,
    enc: toBase64Url(new Uint8Array(sender.enc)),
    ct: toBase64Url(new Uint8Array(ct)),
  };
}

/** What the opening gets back from a sealed set's plaintext; anything else is invalid. */
export const SealedSecret = z.strictObject({
  answers: Answers,
  flagged: z.optional(z.literal(true)),
});

/**
 * The plaintext as UTF-8 JSON followed by spaces up to the next bucket: JSON ignores trailing
 * whitespace, so unpadding is just parsing.
 */
function pad(json: string): Uint8Array {
  const bytes = encoder.encode(json);
  const padded = new Uint8Array(Math.ceil((bytes.length + 1) / ENVELOPE_BUCKET) * ENVELOPE_BUCKET);
  padded.fill(0x20);
  padded.set(bytes);
  return padded;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
