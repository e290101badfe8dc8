import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from './harness.ts';
import { OFFICE, type SyncWorld, startSyncWorld, storedLabels } from './sync-fixture/world.ts';

const V4_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const COUNT = 50;

/**
 * Sealing, with the real store in Chromium and the real endpoint: a batch gets
 * a random v4 id, its answer sets do not keep the order in which citizens
 * answered, and it is written to IndexedDB before any request leaves — so a
 * crash mid-send re-sends exactly the same batch.
 */
describeBrowser('sync: sealing a batch', () => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await startSyncWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('seals with a v4 id, in an order that is not the answering order, stored before the first send', async () => {
    const labels = Array.from(
      { length: COUNT },
      (_, i) => `seal-${String(i + 1).padStart(2, '0')}`,
    );
    const result = await world.page.evaluate(
      async ({ labels, token, office }) => {
        const t = window.__urneTest;
        const version = await t.surveyVersion();
        for (const label of labels) {
          await t.store.saveAnswerSet(t.testAnswerSet(label, version, office));
        }
        const sends: { body: unknown; storedBefore: unknown }[] = [];
        // fetch as the sync client sees it: every request first looks into IndexedDB.
        const watchingFetch: typeof fetch = async (input, init) => {
          const storedBefore = await t.store.allBatches();
          sends.push({ body: JSON.parse(String(init?.body)), storedBefore });
          return fetch(input, init);
        };
        const summary = await t.sync.syncOnce({
          store: t.store,
          fetch: watchingFetch,
          endpoint: location.origin,
          token,
        });
        return { summary, sends };
      },
      { labels, token: world.token, office: OFFICE },
    );

    expect(result.summary).toMatchObject({ outcome: 'done', sentBatches: 1, acknowledged: COUNT });
    expect(result.sends).toHaveLength(1);
    const [send] = result.sends as {
      body: { batchId: string; answerSets: { answers: { improve: string } }[] };
      storedBefore: { batch: unknown; status: string }[];
    }[];
    if (!send) throw new Error('no batch was sent');
    expect(send.body.batchId).toMatch(V4_UUID);
    // Already sealed in IndexedDB, with exactly the content that went out.
    expect(send.storedBefore).toEqual([{ batch: send.body, status: 'pending' }]);
    const sentOrder = send.body.answerSets.map((set) => set.answers.improve);
    expect([...sentOrder].sort()).toEqual(labels);
    // 50 items: the chance that a random order is the identity is 1 in 50!.
    expect(sentOrder).not.toEqual(labels);
    expect(world.readDb(storedLabels).sort()).toEqual(labels);
  });
});
