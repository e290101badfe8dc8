import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakePool } from '../../src/server/batch-intake-pool.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { BatchAck } from '../../src/shared/wire-schema.ts';
import {
  countAnswerSets,
  dumpReceived,
  makeBatch,
  makeTempDir,
  OFFICE,
  openTestApp,
  postBatch,
  type TestApp,
} from './fixtures.ts';

describe('two intake threads sharing one writer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ intakeThreads: 2 }); // as on a 2-core server
  });
  afterAll(() => t.close());

  it('stores every batch once when each arrives twice at the same moment', async () => {
    const batches = Array.from({ length: 12 }, (_, i) => makeBatch(t.version, 1 + (i % 5)));
    // Both copies of a batch are in flight together, so the least busy thread rule sends
    // them to different threads: only the writer can tell which one came first.
    const responses = await Promise.all(batches.flatMap((b) => [postBatch(t, b), postBatch(t, b)]));

    for (const [i, batch] of batches.entries()) {
      const pair = responses.slice(2 * i, 2 * i + 2);
      expect(pair.map((r) => r.status).sort()).toEqual([200, 201]);
      const acks = await Promise.all(pair.map(async (r) => BatchAck.parse(await r.json())));
      for (const ack of acks) expect(ack.accepted).toBe(batch.answerSets.length);
      expect(acks.map((a) => a.duplicate).sort()).toEqual([false, true]);
    }
    const sets = batches.reduce((n, b) => n + b.answerSets.length, 0);
    expect(countAnswerSets(t.dbPath)).toBe(sets);
    expect(dumpReceived(t.dbPath).batches).toHaveLength(batches.length);
  });

  it('refuses a changed batch under a used id, whichever thread checks it', async () => {
    const batch = makeBatch(t.version, 3);
    const changed = { ...makeBatch(t.version, 3), batchId: batch.batchId };
    const [first, second] = await Promise.all([postBatch(t, batch), postBatch(t, changed)]);
    expect([first?.status, second?.status].sort()).toEqual([201, 422]);
    const stored = dumpReceived(t.dbPath).answer_sets ?? [];
    expect(countAnswerSets(t.dbPath)).toBe(stored.length);
  });
});

describe('a crashed intake thread', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    temp = await makeTempDir();
  });
  afterAll(() => temp.remove());

  it('fails its unanswered batch, and the next batch is stored by fresh threads', async () => {
    const dbPath = `${temp.dir}/crash.db`;
    const admin = openSqliteStore(dbPath);
    const version = await seedDefaultSurvey(admin);
    await admin.close();
    const pool = intakePool(
      dbPath,
      2,
      new URL('./threads/crashing-intake-thread.ts', import.meta.url),
    );
    const request = (batch: ReturnType<typeof makeBatch>, key = batch.batchId) => ({
      body: JSON.stringify(batch),
      key,
      office: OFFICE,
    });
    try {
      const before = makeBatch(version, 2);
      expect(await pool.call(request(before))).toMatchObject({ ok: true });

      await expect(pool.call(request(makeBatch(version, 1), 'crash'))).rejects.toThrow(
        /server thread stopped/,
      );

      const after = makeBatch(version, 4);
      expect(await pool.call(request(after))).toEqual({
        ok: true,
        ack: { batchId: after.batchId, accepted: 4, duplicate: false },
      });
      expect(countAnswerSets(dbPath)).toBe(6);
    } finally {
      await pool.close();
    }
  });
});
