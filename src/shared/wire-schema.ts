import * as z from 'zod/mini';
import { AnswerSet } from './answer-schema.ts';
import { SealedAnswerSet } from './sealed/sealed-schema.ts';

/** The most answer sets one batch may carry; the server refuses larger batches. */
export const MAX_BATCH_SIZE = 200;

export const API_PREFIX = '/api/v1';
export const BATCHES_PATH = `${API_PREFIX}/batches`;
export const HEALTH_PATH = `${API_PREFIX}/health`;
/** The kiosk's current configuration; needs the kiosk's Bearer token like the batches path. */
export const KIOSK_CONFIG_PATH = `${API_PREFIX}/kiosk/configuration`;

/** The header that carries a batch's id, so a re-sent batch is recognised (see Batch). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Every set of a batch must name the batch's survey version and office (and, sealed, its wave and key). */
function sameAsBatch<K extends string>(keys: readonly K[]) {
  return z.superRefine(
    (batch: Partial<Record<K, unknown>> & { answerSets: Partial<Record<K, unknown>>[] }, ctx) => {
      batch.answerSets.forEach((set, i) => {
        for (const key of keys) {
          if (set[key] !== batch[key]) {
            ctx.addIssue({
              code: 'custom',
              path: ['answerSets', i, key],
              message: `must equal the batch's ${key} "${String(batch[key])}"`,
            });
          }
        }
      });
    },
  );
}

const batchSets = <T extends z.core.SomeType>(set: T) =>
  z
    .array(set)
    .check(
      z.minLength(1, 'a batch needs at least one answer set'),
      z.maxLength(MAX_BATCH_SIZE, `a batch holds at most ${MAX_BATCH_SIZE} answer sets`),
    );

/**
 * What the kiosk sends: a sealed batch of answer sets. The batch id is a random
 * v4 UUID chosen once when the batch is sealed; it doubles as the
 * `Idempotency-Key` header so a re-sent batch is recognised, never stored twice.
 * A batch is sealed per survey version and office, so the server can check the
 * whole batch against one survey definition.
 *
 * (Here "sealed batch" means closed for good on the tablet; a batch of a sealed wave, whose
 * sets are encrypted, is a SealedWaveBatch.)
 */
export const OpenBatch = /* @__PURE__ */ z
  .strictObject({
    batchId: z.uuidv4('batchId must be a random (v4) UUID'),
    /** Absent on every batch a kiosk sends; here only so `sealed` can tell the two kinds apart. */
    sealed: z.optional(z.literal(false)),
    /** A batch of test sets (a draft in test mode): every set carries the same mark. */
    test: AnswerSet.shape.test,
    surveyId: AnswerSet.shape.surveyId,
    surveyVersion: AnswerSet.shape.surveyVersion,
    office: AnswerSet.shape.office,
    answerSets: batchSets(AnswerSet),
  })
  .check(sameAsBatch(['surveyId', 'surveyVersion', 'office', 'test']));
export type OpenBatch = z.infer<typeof OpenBatch>;

/**
 * A batch of a sealed wave: the same envelope around answer sets encrypted on the tablet
 * (sealed-schema.ts), all for one wave and key.
 */
export const SealedWaveBatch = /* @__PURE__ */ z
  .strictObject({
    batchId: OpenBatch.shape.batchId,
    sealed: z.literal(true),
    wave: SealedAnswerSet.shape.wave,
    fingerprint: SealedAnswerSet.shape.fingerprint,
    surveyId: AnswerSet.shape.surveyId,
    surveyVersion: AnswerSet.shape.surveyVersion,
    office: AnswerSet.shape.office,
    answerSets: batchSets(SealedAnswerSet),
  })
  .check(sameAsBatch(['wave', 'fingerprint', 'surveyId', 'surveyVersion', 'office']));
export type SealedWaveBatch = z.infer<typeof SealedWaveBatch>;

// The batch schemas are marked pure: the kiosk builds batches but never parses one, so its
// bundler may leave them out of the first load (0.4 kB gzip of its 40 kB budget).
export const Batch = /* @__PURE__ */ z.discriminatedUnion('sealed', [OpenBatch, SealedWaveBatch]);
export type Batch = z.infer<typeof Batch>;

/** The server's acknowledgement: 201 for a new batch, 200 with `duplicate: true` for a repeat. */
// batchId is only a string here: the kiosk accepts an ack only if it echoes the batch's own id
// (a random v4 UUID, checked where a batch is parsed), so a format check would repeat that, and
// it was the only UUID check in the kiosk's first load (0.26 kB gzip).
export const BatchAck = z.strictObject({
  batchId: z.string(),
  accepted: z.int().check(z.gte(0)),
  duplicate: z.boolean(),
});
export type BatchAck = z.infer<typeof BatchAck>;

/** Every error the endpoint returns: one sentence for a human, optionally a list of specifics. */
export const ErrorBody = z.object({
  error: z.string(),
  details: z.optional(z.array(z.string())),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
