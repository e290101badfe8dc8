import { validateAnswers } from '../shared/survey/flow.ts';
import type { Batch, BatchAck } from '../shared/wire-schema.ts';
import { limitDetails } from './error-handler.ts';
import { ApiError } from './http-error.ts';
import type { ServerStore } from './store/server-store.ts';
import type { SurveyCatalog } from './survey-catalog.ts';

export interface AcceptBatchDeps {
  store: ServerStore;
  catalog: SurveyCatalog;
}

/**
 * The one way a batch gets into the store, whether it came by sync (POST
 * /batches), as a backup file (POST /import, `npm run import`): the office
 * must be the sender's, the survey version known, every answer must fit the
 * survey; then the idempotent save in one transaction — a batch id seen
 * before with the same content is a duplicate and stores nothing.
 *
 * @returns the acknowledgement; `duplicate: false` means stored now, durably.
 * @throws ApiError 400 (wrong office, unknown survey, answers that do not fit)
 *   or 422 (same batch id, different content); nothing is stored then.
 */
export async function acceptBatch(
  deps: AcceptBatchDeps,
  batch: Batch,
  office: string,
): Promise<BatchAck> {
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

  const outcome = await deps.store.saveBatch(batch);
  if (outcome.kind === 'conflict') {
    throw new ApiError(
      422,
      `A different batch with the id ${batch.batchId} was already received. This batch was not stored; its content must not change once it has been sent.`,
    );
  }
  return {
    batchId: batch.batchId,
    accepted: outcome.accepted,
    duplicate: outcome.kind === 'duplicate',
  };
}
