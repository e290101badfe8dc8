import { dayOf } from '../shared/answer-schema.ts';
import { validateAnswers } from '../shared/survey/flow.ts';
import type { BatchAck, OpenBatch } from '../shared/wire-schema.ts';
import type { AcceptBatchDeps } from './accept-batch.ts';
import { addDays } from './enrollment-configuration.ts';
import { limitDetails } from './error-handler.ts';
import { ApiError } from './http-error.ts';

/**
 * A batch of test sets (a draft on trial on a kiosk, issue 14): checked against the tested
 * definition and stored apart (test_answer_sets), never counted. What a real batch must also
 * pass does not apply: no survey period (a draft is tried before its period), no sealed wave (a
 * test set is never sealed into the wave's urn, nor refused for being readable on its days), no
 * ballot-stuffing tally. The office must still be the kiosk's and the day not in the future.
 * Test sets that arrive after the test ended are still taken: the tested version is kept.
 */
export async function acceptTestBatch(
  deps: AcceptBatchDeps,
  batch: OpenBatch,
  office: string,
): Promise<BatchAck> {
  if (batch.office !== office) {
    throw new ApiError(
      400,
      `This kiosk is registered for the office "${office}", but the batch comes from the office "${batch.office}". Nothing was stored.`,
    );
  }
  const survey = await deps.store.findTestSurvey(batch.surveyId, batch.surveyVersion);
  if (!survey) {
    throw new ApiError(
      400,
      `No test run of version ${batch.surveyVersion} of the survey "${batch.surveyId}" is known. Nothing was stored.`,
    );
  }
  const latest = addDays(dayOf(deps.now?.() ?? new Date()), 1);
  const problems = batch.answerSets.flatMap((set, i) => [
    ...(set.day > latest ? [`answerSets[${i}]: the day ${set.day} has not come yet`] : []),
    ...validateAnswers(survey, set.answers).map((p) => `answerSets[${i}]: ${p}`),
  ]);
  if (problems.length > 0) {
    throw new ApiError(
      400,
      'Some test answers do not fit the tested survey. Nothing was stored.',
      limitDetails(problems),
    );
  }
  const outcome = await deps.store.saveTestBatch(batch);
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
