import { beforeAll, describe, expect, it } from 'vitest';
import { prepareBatch } from '../../src/server/prepare-batch.ts';
import type { SurveyCatalog } from '../../src/server/survey-catalog.ts';
import { createValidationPool } from '../../src/server/validation-pool.ts';
import { describeIssues, isSchemaError } from '../../src/shared/zod-messages.ts';
import { buergerbueroSurvey } from '../../src/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../src/survey/survey-version.ts';
import { makeBatch, OFFICE } from './fixtures.ts';

// One real worker thread (started through tsx like the server's), compared
// with the inline path on the same inputs: same result, same errors.
const pool = createValidationPool(1);
let version = '';
const catalog: SurveyCatalog = {
  find: async (id, v) =>
    id === buergerbueroSurvey.id && v === version ? buergerbueroSurvey : undefined,
};

beforeAll(async () => {
  version = await surveyVersion(buergerbueroSurvey);
  pool.start();
  const deadline = Date.now() + 20_000;
  while (pool.readyWorkers() === 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
}, 25_000);

/** What a request produces, inline or on the worker: the batch, or the client-facing error. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await run() };
  } catch (err) {
    if (isSchemaError(err)) return { schema: describeIssues(err) };
    const { name, message, status, details } = err as Record<string, unknown>;
    return { name, message, status, details };
  }
}

async function both(body: string, key: string) {
  const viaWorker = await outcome(() =>
    pool.prepare(
      new TextEncoder().encode(body).buffer as ArrayBuffer,
      { key, office: OFFICE },
      catalog,
    ),
  );
  const inline = await outcome(() => prepareBatch({ body, key, office: OFFICE }, catalog));
  return { viaWorker, inline };
}

describe('validation pool', () => {
  it('starts a worker', () => {
    expect(pool.readyWorkers()).toBe(1);
  });

  it('prepares a valid batch exactly as inline: sets, id and content hash', async () => {
    const batch = makeBatch(version, 50);
    const { viaWorker, inline } = await both(JSON.stringify(batch), batch.batchId);
    expect(viaWorker).toEqual(inline);
    expect((viaWorker as { ok: { answerSets: unknown[] } }).ok.answerSets).toHaveLength(50);
  });

  it('refuses what inline refuses, with the same status and words', async () => {
    const good = makeBatch(version, 2);
    const unknown = { ...makeBatch('fedcba9876543210', 1) };
    const badAnswer = makeBatch(version, 2);
    (badAnswer.answerSets[1] as { answers: Record<string, unknown> }).answers.overall = 'nope';
    const extraKey = makeBatch(version, 1);
    (extraKey.answerSets[0] as Record<string, unknown>).deviceId = 'tablet-7';
    const cases: [string, string][] = [
      ['{"batchId": ', good.batchId],
      [JSON.stringify(good), 'another-key'],
      [JSON.stringify(unknown), unknown.batchId],
      [JSON.stringify(badAnswer), badAnswer.batchId],
      [JSON.stringify(extraKey), extraKey.batchId],
      [JSON.stringify({ ...good, office: 'Rathaus' }), good.batchId],
    ];
    for (const [body, key] of cases) {
      const { viaWorker, inline } = await both(body, key);
      expect(viaWorker).toEqual(inline);
      expect(viaWorker).not.toHaveProperty('ok');
    }
  });
});
