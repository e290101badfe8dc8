import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from './harness.ts';
import { OFFICE, type SyncWorld, startSyncWorld, storedLabels } from './sync-fixture/world.ts';

/**
 * 413 from the real endpoint (a server configured with a small body limit):
 * the batch is held, not deleted and not re-grouped, and a smaller batch
 * sealed later still goes through.
 */
describeBrowser('sync: a batch too large for the server', () => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await startSyncWorld({ bodyLimitBytes: 4096 });
  });
  afterAll(async () => {
    await world?.close();
  });

  const syncRound = (batchSize?: number) =>
    world.page.evaluate(
      async ({ token, batchSize }) => {
        const t = window.__urneTest;
        return t.sync.syncOnce({
          store: t.store,
          fetch: (input, init) => fetch(input, init),
          endpoint: location.origin,
          token,
          ...(batchSize ? { batchSize } : {}),
        });
      },
      { token: world.token, batchSize },
    );

  const save = (prefix: string, n: number) =>
    world.page.evaluate(
      async ({ prefix, n, office }) => {
        const t = window.__urneTest;
        const version = await t.surveyVersion();
        for (let i = 1; i <= n; i++) {
          await t.store.saveAnswerSet(t.testAnswerSet(`${prefix}-${i}`, version, office));
        }
      },
      { prefix, n, office: OFFICE },
    );

  it('holds the refused batch and keeps sending smaller ones', async () => {
    await save('big', 40);
    const refused = await syncRound();
    expect(refused).toMatchObject({ outcome: 'done', sentBatches: 0, held: 1 });
    const held = await world.page.evaluate(() => window.__urneTest.store.heldBatches());
    expect(held).toHaveLength(1);
    expect(held[0]?.batch.answerSets).toHaveLength(40);
    expect(held[0]?.problem).toMatchObject({ status: 413 });
    expect(
      await world.page.evaluate(() => window.__urneTest.store.getSetting('lastProblem')),
    ).toMatchObject({ code: 'held', count: 40, status: 413 });

    await save('small', 2);
    expect(await syncRound()).toMatchObject({ outcome: 'done', sentBatches: 1, held: 0 });
    expect(world.readDb(storedLabels).sort()).toEqual(['small-1', 'small-2']);
    expect(await world.page.evaluate(() => window.__urneTest.store.pendingCount())).toBe(40);
  });
});
