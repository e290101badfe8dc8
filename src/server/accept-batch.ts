import { dayOf } from '../shared/answer-schema.ts';
import { validateAnswers } from '../shared/survey/flow.ts';
import type { Batch, BatchAck } from '../shared/wire-schema.ts';
import { acceptTestBatch } from './accept-test-batch.ts';
import { checkUrn, refuseReadableInUrn } from './check-urn.ts';
import { addDays } from './enrollment-configuration.ts';
import { limitDetails } from './error-handler.ts';
import { ApiError } from './http-error.ts';
import { DEFAULT_STUFFING_LIMITS, type StuffingLimits } from './kiosk-tally.ts';
import type { SaveOutcome, ServerStore } from './store/server-store.ts';
import type { SurveyCatalog } from './survey-catalog.ts';

export interface AcceptBatchDeps {
  store: ServerStore;
  catalog: SurveyCatalog;
  /** Limits of a kiosk's daily tally (ballot stuffing); default DEFAULT_STUFFING_LIMITS. */
  stuffing?: StuffingLimits;
  /** The server's clock, for the latest day an answer set may carry; default: now. */
  now?: () => Date;
}

/**
 * The one way a batch gets into the store, whether it came by sync (POST
 * /batches), as a backup file (POST /import, `npm run import`): the office
 * must be the sender's, the survey version known, every answer must fit the
 * survey; then the idempotent save in one transaction — a batch id seen
 * before with the same content is a duplicate and stores nothing. A sealed
 * wave's batch must fit its urn (check-urn.ts) and goes into it unread; an
 * open batch must keep off the days of every sealed wave.
 *
 * @returns the acknowledgement; `duplicate: false` means stored now, durably.
 * @throws ApiError 400 (wrong office, unknown survey, wave or key, opened urn, readable sets of
 *   a sealed wave, impossible day, answers that do not fit)
 *   or 422 (same batch id, different content); nothing is stored then.
 */
export async function acceptBatch(
  deps: AcceptBatchDeps,
  batch: Batch,
  office: string,
  /** The sending kiosk, whose daily tally flags implausible sets; absent for the import CLI. */
  kioskId?: number,
): Promise<BatchAck> {
  if (batch.office !== office) {
    throw new ApiError(
      400,
      `This kiosk is registered for the office "${office}", but the batch comes from the office "${batch.office}". Nothing was stored.`,
    );
  }
  // Test sets (a draft on trial) take their own way, into their own table: never counted.
  if (!batch.sealed && batch.test) return acceptTestBatch(deps, batch);
  const survey = await deps.catalog.find(batch.surveyId, batch.surveyVersion);
  if (!survey) {
    throw new ApiError(
      400,
      `The server does not know version ${batch.surveyVersion} of the survey "${batch.surveyId}". Nothing was stored.`,
    );
  }
  if (batch.sealed) await checkUrn(deps.store, batch);
  else await refuseReadableInUrn(deps.store, batch);
  const wrongDays = await checkDays(deps, batch, office);
  if (wrongDays.length > 0) {
    throw new ApiError(
      400,
      'Some answer sets carry a day on which they cannot have been given. Nothing was stored.',
      limitDetails(wrongDays),
    );
  }
  // A sealed set's answers are checked at the opening, the only place they can be read.
  const problems = batch.sealed
    ? []
    : batch.answerSets.flatMap((set, i) =>
        validateAnswers(survey, set.answers).map((p) => `answerSets[${i}]: ${p}`),
      );
  if (problems.length > 0) {
    throw new ApiError(
      400,
      'Some answers do not fit the survey. Nothing was stored.',
      limitDetails(problems),
    );
  }

  const limits = deps.stuffing ?? DEFAULT_STUFFING_LIMITS;
  const from = kioskId === undefined ? undefined : { kioskId, limits };
  return acknowledge(batch, await deps.store.saveBatch(batch, from));
}

/**
 * What the kiosk hears once a batch was stored, or already had been (duplicate); a used id with
 * other content is refused with 422 (nothing stored), for test batches as for real ones.
 */
export function acknowledge(batch: Batch, outcome: SaveOutcome): BatchAck {
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

/**
 * Days no kiosk of this office can have written: later than tomorrow (the
 * server's today plus one, so a tablet's clock a little ahead or another time
 * zone is no problem), or outside the office's survey period, on which the
 * kiosk does not even start a survey. An office without a period yet (none
 * of its kiosks has fetched a configuration) is checked against the first rule only.
 */
async function checkDays(deps: AcceptBatchDeps, batch: Batch, office: string): Promise<string[]> {
  const latest = addDays(dayOf(deps.now?.() ?? new Date()), 1);
  const period = await deps.store.findOfficeSurvey(office);
  return batch.answerSets.flatMap((set, i) => {
    if (set.day > latest) return [`answerSets[${i}]: the day ${set.day} has not come yet`];
    if (period && (set.day < period.from || set.day > period.to)) {
      return [
        `answerSets[${i}]: the day ${set.day} is outside the survey period of "${office}" (${period.from} to ${period.to})`,
      ];
    }
    return [];
  });
}
