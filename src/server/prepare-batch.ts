import { checkBatch } from './accept-batch.ts';
import { CompiledBatch } from './batch-schema.ts';
import { ApiError } from './http-error.ts';
import type { IncomingBatch } from './store/server-store.ts';
import type { SurveyCatalog } from './survey-catalog.ts';

/** What POST /batches knows besides the body: the Idempotency-Key header and the kiosk's office. */
export interface BatchRequest {
  body: string;
  key: string;
  office: string;
}

/**
 * Everything POST /batches does to a body before the save, in the order the
 * client hears about problems: JSON, the shared schema (strict answer sets),
 * the idempotency key, then checkBatch (office, survey version, every answer
 * against the survey). Pure CPU and no store writes:
 * nothing reaches the store unless all of it passed.
 *
 * @throws ApiError 400, or the schema's error (which the error handler lists)
 */
export async function prepareBatch(
  request: BatchRequest,
  catalog: SurveyCatalog,
): Promise<IncomingBatch> {
  let raw: unknown;
  try {
    raw = JSON.parse(request.body);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON. Nothing was stored.');
  }
  const batch = CompiledBatch.parse(raw);
  if (request.key !== batch.batchId) {
    throw new ApiError(
      400,
      `The Idempotency-Key header (${request.key}) does not match the batch id (${batch.batchId}).`,
    );
  }
  await checkBatch(catalog, batch, request.office);
  return { batchId: batch.batchId, answerSets: batch.answerSets };
}
