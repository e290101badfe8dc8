import { dayOf } from '../shared/answer-schema.ts';
import { validateAnswers } from '../shared/survey/flow.ts';
import type { BatchAck, OpenBatch } from '../shared/wire-schema.ts';
import { type AcceptBatchDeps, acknowledge } from './accept-batch.ts';
import { addDays } from './enrollment-configuration.ts';
import { limitDetails } from './error-handler.ts';
import { ApiError } from './http-error.ts';

/**
 * A batch of test sets (a draft on trial on a kiosk, issue 14): checked against the tested
 * definition and stored apart (test_answer_sets), never counted. What a real batch must also
 * pass does not apply: no survey period (a draft is tried before its period), no sealed wave (a
 * test set is never sealed into the wave's urn, nor refused for being readable on its days), no
 * ballot-stuffing tally. The day must not be in the future; the office was checked by acceptBatch.
 * Test sets that arrive after the test ended are still taken: the tested version is kept.
 */
export async function acceptTestBatch(deps: AcceptBatchDeps, batch: OpenBatch): Promise<BatchAck> {
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
  return acknowledge(batch, await deps.store.saveTestBatch(batch));
}
