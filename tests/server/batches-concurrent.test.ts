import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchAck } from '../../src/shared/wire-schema.ts';
import { makeBatch, openTestApp, postBatch, type TestApp } from './fixtures.ts';

describe('copies of one batch arriving at the same moment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  it('stores every batch once', async () => {
    const batches = Array.from({ length: 12 }, (_, i) => makeBatch(t.version, 1 + (i % 5)));
    // Both copies are in flight together: each request awaits the survey catalog before its
    // transaction, so their steps interleave and only the batch id's claim can tell them apart.
    const responses = await Promise.all(batches.flatMap((b) => [postBatch(t, b), postBatch(t, b)]));

    for (const [i, batch] of batches.entries()) {
      const pair = responses.slice(2 * i, 2 * i + 2);
      expect(pair.map((r) => r.status).sort()).toEqual([200, 201]);
      const acks = await Promise.all(pair.map(async (r) => BatchAck.parse(await r.json())));
      for (const ack of acks) expect(ack.accepted).toBe(batch.answerSets.length);
      expect(acks.map((a) => a.duplicate).sort()).toEqual([false, true]);
    }
    const sets = batches.reduce((n, b) => n + b.answerSets.length, 0);
    expect(await t.countAnswerSets()).toBe(sets);
    expect((await t.dump()).batches).toHaveLength(batches.length);
  });

  it('refuses a changed batch under a used id', async () => {
    const before = await t.countAnswerSets();
    const batch = makeBatch(t.version, 3);
    const changed = { ...makeBatch(t.version, 3), batchId: batch.batchId };
    const [first, second] = await Promise.all([postBatch(t, batch), postBatch(t, changed)]);
    expect([first?.status, second?.status].sort()).toEqual([201, 422]);
    expect(await t.countAnswerSets()).toBe(before + 3);
  });
});
