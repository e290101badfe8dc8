import type { Hono } from 'hono';
import { BATCHES_PATH } from '../../shared/wire-schema.ts';
import type { BatchIntake } from '../batch-intake.ts';
import { ApiError } from '../http-error.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { ServerStore } from '../store/server-store.ts';
import type { SurveyCatalog } from '../survey-catalog.ts';
import { type KioskEnv, limitBody, limitRate, requireJson, requireKiosk } from './guards.ts';

export interface BatchRouteDeps {
  store: ServerStore;
  catalog: SurveyCatalog;
  intake: BatchIntake;
  rateLimiter: RateLimiter;
  bodyLimitBytes: number;
}

/**
 * POST /api/v1/batches. Guards run in this order, all before the body is
 * parsed: token (401), rate (429), content type (415), size (413). Then the
 * body goes to the intake (batch-intake.ts), which checks it as a whole —
 * shape, idempotency key, office, survey, every answer set — and stores
 * only a fully valid batch.
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
      let body: string;
      try {
        body = await c.req.text();
      } catch {
        throw new ApiError(400, 'The request body is not valid JSON. Nothing was stored.');
      }
      const ack = await deps.intake.accept({ body, key, office: c.get('kiosk').office });
      return c.json(ack, ack.duplicate ? 200 : 201);
    },
  );
  app.all(BATCHES_PATH, (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, 'Batches can only be sent (POST), not fetched.');
  });
}
