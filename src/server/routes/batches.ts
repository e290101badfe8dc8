import type { Hono } from 'hono';
import { BATCHES_PATH, Batch, type BatchAck } from '../../shared/wire-schema.ts';
import { validateAnswers } from '../../survey/flow.ts';
import { hashBatch } from '../batch-hash.ts';
import { limitDetails } from '../error-handler.ts';
import { ApiError } from '../http-error.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { ServerStore } from '../store/server-store.ts';
import type { SurveyCatalog } from '../survey-catalog.ts';
import { type KioskEnv, limitBody, limitRate, requireJson, requireKiosk } from './guards.ts';

export interface BatchRouteDeps {
  store: ServerStore;
  catalog: SurveyCatalog;
  rateLimiter: RateLimiter;
  bodyLimitBytes: number;
}

/**
 * POST /api/v1/batches. Guards run in this order, all before the body is
 * parsed: token (401), rate (429), content type (415), size (413). Then the
 * body is checked as a whole — shape, idempotency key, office, survey, every
 * answer set — and only a fully valid batch reaches the store.
 */
export function addBatchRoute(app: Hono<KioskEnv>, deps: BatchRouteDeps): void {
  app.post(
    BATCHES_PATH,
    requireKiosk(deps.store),
    limitRate(deps.rateLimiter),
    requireJson,
    limitBody(deps.bodyLimitBytes),
    async (c) => {
      const key = c.req.header('Idempotency-Key');
      if (!key) {
        throw new ApiError(
          400,
          'The Idempotency-Key header is missing; it must carry the batch id.',
        );
      }
      let raw: unknown;
      try {
        raw = JSON.parse(await c.req.text());
      } catch {
        throw new ApiError(400, 'The request body is not valid JSON. Nothing was stored.');
      }
      const batch = Batch.parse(raw);
      if (key !== batch.batchId) {
        throw new ApiError(
          400,
          `The Idempotency-Key header (${key}) does not match the batch id (${batch.batchId}).`,
        );
      }
      const office = c.get('kiosk').office;
      if (batch.office !== office) {
        throw new ApiError(
          400,
          `This kiosk is registered for the office "${office}", but the batch comes from the office "${batch.office}". Nothing was stored.`,
        );
      }
      const survey = await deps.catalog.find(batch.surveyId, batch.surveyVersion);
      if (!survey) {
        throw new ApiError(
          400,
          `The server does not know version ${batch.surveyVersion} of the survey "${batch.surveyId}". Nothing was stored.`,
        );
      }
      const problems = batch.answerSets.flatMap((set, i) =>
        validateAnswers(survey, set.answers).map((p) => `answerSets[${i}]: ${p}`),
      );
      if (problems.length > 0) {
        throw new ApiError(
          400,
          'Some answers do not fit the survey. Nothing was stored.',
          limitDetails(problems),
        );
      }
      const outcome = await deps.store.saveBatch({
        batchId: batch.batchId,
        contentHash: hashBatch(batch),
        answerSets: batch.answerSets,
      });
      if (outcome.kind === 'conflict') {
        throw new ApiError(
          422,
          `A different batch with the id ${batch.batchId} was already received. This batch was not stored; its content must not change once it has been sent.`,
        );
      }
      const ack: BatchAck = {
        batchId: batch.batchId,
        accepted: outcome.accepted,
        duplicate: outcome.kind === 'duplicate',
      };
      return c.json(ack, outcome.kind === 'stored' ? 201 : 200);
    },
  );
  app.all(BATCHES_PATH, (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, 'Batches can only be sent (POST), not fetched.');
  });
}
