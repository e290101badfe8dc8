import type { Hono } from 'hono';
import { BATCHES_PATH, Batch, IDEMPOTENCY_KEY_HEADER } from '../../shared/wire-schema.ts';
import { acceptBatch } from '../accept-batch.ts';
import { ApiError } from '../http-error.ts';
import type { StuffingLimits } from '../kiosk-tally.ts';
import { parseUploadJson } from '../parse-upload.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { ServerStore } from '../store/server-store.ts';
import type { SurveyCatalog } from '../survey-catalog.ts';
import { type KioskEnv, limitBody, limitRate, requireJson, requireKiosk } from './guards.ts';

export interface BatchRouteDeps {
  store: ServerStore;
  catalog: SurveyCatalog;
  stuffing?: StuffingLimits;
  rateLimiter: RateLimiter;
  bodyLimitBytes: number;
}

/**
 * POST /api/v1/batches. Guards run in this order, all before the body is
 * parsed: token (401), rate (429), content type (415), size (413). Then the
 * body is parsed with the shared wire schema, its id must be the
 * Idempotency-Key, and acceptBatch checks it against the survey and stores
 * it — only a fully valid batch, whole.
 */
export function addBatchRoute(app: Hono<KioskEnv>, deps: BatchRouteDeps): void {
  app.post(
    BATCHES_PATH,
    requireKiosk(deps.store),
    limitRate(deps.rateLimiter),
    requireJson,
    limitBody(deps.bodyLimitBytes),
    async (c) => {
      const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
      if (!key) {
        throw new ApiError(
          400,
          'The Idempotency-Key header is missing; it must carry the batch id.',
        );
      }
      const body = parseUploadJson(await c.req.text());
      if (!body.ok) {
        throw new ApiError(
          400,
          body.problem === 'proto'
            ? 'The request body uses the key "__proto__", which is never a question or field. Nothing was stored.'
            : 'The request body is not valid JSON. Nothing was stored.',
        );
      }
      const batch = Batch.parse(body.value); // a wrong shape: 400 naming each problem (error-handler.ts)
      if (key !== batch.batchId) {
        throw new ApiError(
          400,
          `The Idempotency-Key header (${key}) does not match the batch id (${batch.batchId}).`,
        );
      }
      const { office, id } = c.get('kiosk');
      const ack = await acceptBatch(deps, batch, office, id);
      return c.json(ack, ack.duplicate ? 200 : 201);
    },
  );
  app.all(BATCHES_PATH, (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, 'Batches can only be sent (POST), not fetched.');
  });
}
