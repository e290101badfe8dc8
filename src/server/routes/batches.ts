import type { Hono } from 'hono';
import { BATCHES_PATH } from '../../shared/wire-schema.ts';
import { saveCheckedBatch } from '../accept-batch.ts';
import { ApiError } from '../http-error.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { ServerStore } from '../store/server-store.ts';
import type { SurveyCatalog } from '../survey-catalog.ts';
import { sharedValidationPool } from '../validation-pool.ts';
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
  const validationPool = sharedValidationPool();
  let inFlight = 0;
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
      // Overlapping batches (several kiosks, or one catching up): time for the workers.
      if (++inFlight > 1) validationPool.start();
      try {
        let body: ArrayBuffer;
        try {
          body = await c.req.arrayBuffer();
        } catch {
          throw new ApiError(400, 'The request body is not valid JSON. Nothing was stored.');
        }
        // JSON, schema, key, office, survey and answers on a validation worker
        // (the same checks in the same order as inline); the save stays here.
        const office = c.get('kiosk').office;
        const incoming = await validationPool.prepare(body, { key, office }, deps.catalog);
        const ack = await saveCheckedBatch(deps.store, incoming);
        return c.json(ack, ack.duplicate ? 200 : 201);
      } finally {
        inFlight--;
      }
    },
  );
  app.all(BATCHES_PATH, (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, 'Batches can only be sent (POST), not fetched.');
  });
}
