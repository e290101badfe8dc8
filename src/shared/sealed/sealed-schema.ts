import * as z from 'zod/mini';
import { Day } from '../answer-schema.ts';
import { Identifier } from '../survey-schema.ts';

const Base64Url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url'));
const Fingerprint = z
  .string()
  .check(z.regex(/^[0-9a-f]{16}$/, 'must be a 16-digit hex key fingerprint'));
const WaveId = z.int().check(z.positive());

/**
 * One answer set of a sealed wave, as the kiosk stores and sends it. In clear only what a real
 * urn shows from outside (office and day, to count) and what the opening must know (wave, key
 * fingerprint, survey version); the answers and the flag are sealed to the wave's public key
 * (envelope.ts). Kept apart from the HPKE code so the kiosk's first load carries the schema only.
 */
export const SealedAnswerSet = z.strictObject({
  wave: WaveId,
  fingerprint: Fingerprint,
  surveyId: Identifier,
  surveyVersion: z
    .string()
    .check(z.regex(/^[0-9a-f]{16}$/, 'must be a 16-digit hex survey version')),
  office: z.string().check(z.minLength(1), z.maxLength(120)),
  day: Day,
  /** HPKE's encapsulated key: a fresh one per answer set, so no two sets share any state. */
  enc: Base64Url,
  /** The padded, sealed canonical JSON of { answers, flagged? }. */
  ct: Base64Url.check(z.maxLength(16_384)),
});
export type SealedAnswerSet = z.infer<typeof SealedAnswerSet>;

/** True for a sealed answer set (IndexedDB's `answers` store holds both kinds). */
export const isSealedSet = (set: object): set is SealedAnswerSet => 'ct' in set;

/**
 * The urn of a sealed wave as the kiosk gets it with its configuration. Days from `from` to `to`
 * belong to the wave and are sealed; `key` is absent until the key ceremony has been held, and a
 * kiosk without it takes no answers on those days (it would have to store them readable).
 */
export const UrnConfiguration = z.strictObject({
  wave: WaveId,
  from: Day,
  to: Day,
  key: z.optional(
    z.strictObject({
      fingerprint: Fingerprint,
      /** The raw uncompressed P-256 point (65 bytes) in base64url. */
      publicKey: Base64Url,
    }),
  ),
});
export type UrnConfiguration = z.infer<typeof UrnConfiguration>;
