import type { Batch, BatchAck } from '../shared/wire-schema.ts';
import { validateAnswers } from '../survey/flow.ts';
import { limitDetails } from './error-handler.ts';
import { ApiError } from './http-error.ts';
import type { IncomingBatch, ServerStore } from './store/server-store.ts';
import type { SurveyCatalog } from './survey-catalog.ts';

export interface AcceptBatchDeps {
  store: ServerStore;
  catalog: SurveyCatalog;
}

/**
 * Everything that happens to a well-formed batch after it arrived, whether
 * by sync (POST /batches) or from a backup file (import): the office must be
 * the sender's, the survey version known, every answer must fit the survey;
 * then the idempotent save — a batch id seen before with the same content is
 * a duplicate and stores nothing.
 *
 * @returns the acknowledgement; `duplicate: false` means stored now.
 * @throws ApiError 400 (wrong office, unknown survey, answers that do not fit)
 *   or 422 (same batch id, different content); nothing is stored then.
 */
export async function acceptBatch(
  deps: AcceptBatchDeps,
  batch: Batch,
  office: string,
): Promise<BatchAck> {
  await checkBatch(deps.catalog, batch, office);
  return saveCheckedBatch(deps.store, { batchId: batch.batchId, answerSets: batch.answerSets });
}

/**
 * The checks of acceptBatch that need no write: the office, the survey
 * version, every answer against the survey. Split out so POST /batches
 * can parse and check a body (prepare-batch.ts) before it touches the store.
 *
 * @throws ApiError 400, with the same messages as acceptBatch
 */
export async function checkBatch(
  catalog: SurveyCatalog,
  batch: Batch,
  office: string,
): Promise<void> {
  if (batch.office !== office) {
    throw new ApiError(
      400,
      `This kiosk is registered for the office "${office}", but the batch comes from the office "${batch.office}". Nothing was stored.`,
    );
  }
  const survey = await catalog.find(batch.surveyId, batch.surveyVersion);
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
}

/**
 * The idempotent save of a checked batch: stored now, or a duplicate of an
 * earlier delivery (200), or a different batch under a used id (422).
 */
export async function saveCheckedBatch(
  store: ServerStore,
  incoming: IncomingBatch,
): Promise<BatchAck> {
  const outcome = await store.saveBatch(incoming);
  if (outcome.kind === 'conflict') {
    throw new ApiError(
      422,
      `A different batch with the id ${incoming.batchId} was already received. This batch was not stored; its content must not change once it has been sent.`,
    );
  }
  return {
    batchId: incoming.batchId,
    accepted: outcome.accepted,
    duplicate: outcome.kind === 'duplicate',
  };
}
