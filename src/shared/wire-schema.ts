import * as z from 'zod/mini';
import { AnswerSet } from './answer-schema.ts';

/** The most answer sets one batch may carry; the server refuses larger batches. */
export const MAX_BATCH_SIZE = 200;

export const API_PREFIX = '/api/v1';
export const BATCHES_PATH = `${API_PREFIX}/batches`;
export const HEALTH_PATH = `${API_PREFIX}/health`;

/** The header that carries a batch's id, so a re-sent batch is recognised (see Batch). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * What the kiosk sends: a sealed batch of answer sets. The batch id is a random
 * v4 UUID chosen once when the batch is sealed; it doubles as the
 * `Idempotency-Key` header so a re-sent batch is recognised, never stored twice.
 */
export const Batch = z
  .strictObject({
    batchId: z.uuidv4('batchId must be a random (v4) UUID'),
    surveyId: AnswerSet.shape.surveyId,
    surveyVersion: AnswerSet.shape.surveyVersion,
    office: AnswerSet.shape.office,
    answerSets: z
      .array(AnswerSet)
      .check(
        z.minLength(1, 'a batch needs at least one answer set'),
        z.maxLength(MAX_BATCH_SIZE, `a batch holds at most ${MAX_BATCH_SIZE} answer sets`),
      ),
  })
  .check(
    z.superRefine((batch, ctx) => {
      // A batch is sealed per survey version and office, so the server can check
      // the whole batch against one survey definition.
      batch.answerSets.forEach((set, i) => {
        for (const key of ['surveyId', 'surveyVersion', 'office'] as const) {
          if (set[key] !== batch[key]) {
            ctx.addIssue({
              code: 'custom',
              path: ['answerSets', i, key],
              message: `must equal the batch's ${key} "${batch[key]}"`,
            });
          }
        }
      });
    }),
  );
export type Batch = z.infer<typeof Batch>;

/** The server's acknowledgement: 201 for a new batch, 200 with `duplicate: true` for a repeat. */
export const BatchAck = z.strictObject({
  batchId: z.uuidv4(),
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
