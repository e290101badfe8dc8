import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerKiosk } from '../../src/server/tokens.ts';
import { KIOSK_CONFIG_PATH } from '../../src/shared/enrollment-schema.ts';
import { BATCHES_PATH, type Batch } from '../../src/shared/wire-schema.ts';
import type { Settings } from '../../src/store/schema.ts';
import { startBackgroundSync } from '../../src/sync/background-sync.ts';
import type { SyncLoop } from '../../src/sync/sync-loop.ts';
import { type SyncSummary, syncOnce } from '../../src/sync/sync-once.ts';
import { makeBatch, OFFICE, openTestApp, type TestApp } from './fixtures.ts';

/**
 * The sync client (src/sync) against the real endpoint handler on real
 * SQLite: what staff read after a round, and that a refused token stops the
 * sending. The outbox and settings live in memory here (IndexedDB exists only
 * in Chromium; tests/browser/sync-*.test.ts cover the real store).
 */
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const ENDPOINT = 'http://urne.test';

/** Sealed batches and settings in memory, with the verbs of the real store. */
function memoryOutbox(batches: Batch[] = []) {
  const settings = new Map<keyof Settings, unknown>();
  const pending = [...batches];
  return {
    settings,
    pending,
    sealBatches: async () => 0,
    nextBatch: async () => pending[0],
    markBatchSent: async (batchId: string) => {
      pending.splice(
        pending.findIndex((b) => b.batchId === batchId),
        1,
      );
    },
    holdBatch: async () => {
      throw new Error('no batch should be held here');
    },
    addSentTotal: async (count: number) => {
      const total = Number(settings.get('sentTotal') ?? 0) + count;
      settings.set('sentTotal', total);
      return total;
    },
    getSetting: async <K extends keyof Settings>(key: K) =>
      settings.get(key) as Settings[K] | undefined,
    setSetting: async <K extends keyof Settings>(key: K, value: Settings[K]) => {
      settings.set(key, value);
    },
  };
}

/** The real app behind fetch, counting what reaches each path. */
function countingFetch() {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = new URL(String(input)).pathname;
    calls.push(path);
    return t.app.request(path, init);
  };
  return { calls, fetch };
}

describe('staff status after a round', () => {
  it('a round that reached the server with nothing to send counts as a successful contact', async () => {
    const outbox = memoryOutbox();
    await outbox.setSetting('lastProblem', { code: 'offline' });
    const summary = await syncOnce({
      store: outbox,
      fetch: countingFetch().fetch,
      endpoint: ENDPOINT,
      token: t.token,
      contacted: true,
      now: () => new Date('2026-06-20T09:30:00Z'),
    });
    expect(summary).toMatchObject({ outcome: 'done', sentBatches: 0 });
    expect(outbox.settings.get('lastSyncAt')).toBe('2026-06-20T09:30:00.000Z');
    expect(outbox.settings.get('lastProblem')).toBeNull();
  });

  it('a round that reached nobody leaves the status alone', async () => {
    const outbox = memoryOutbox();
    await outbox.setSetting('lastProblem', { code: 'offline' });
    await syncOnce({
      store: outbox,
      fetch: countingFetch().fetch,
      endpoint: ENDPOINT,
      token: t.token,
    });
    expect(outbox.settings.has('lastSyncAt')).toBe(false);
    expect(outbox.settings.get('lastProblem')).toEqual({ code: 'offline' });
  });
});

describe('startBackgroundSync against the real endpoint', () => {
  let loop: SyncLoop<SyncSummary> | undefined;
  afterEach(async () => {
    await loop?.stop();
    loop = undefined;
  });

  function start(outbox: ReturnType<typeof memoryOutbox>, fetch: typeof globalThis.fetch) {
    const rounds: SyncSummary[] = [];
    let waiters: (() => void)[] = [];
    // Fires `online` when a test says the network came back.
    const kioskWindow = Object.assign(new EventTarget(), {
      fetch,
      setTimeout: (callback: () => void, ms: number) =>
        setTimeout(callback, ms) as unknown as number,
      clearTimeout: (handle: number) => clearTimeout(handle),
    });
    loop = startBackgroundSync({
      store: outbox,
      origin: ENDPOINT,
      window: kioskWindow,
      onRound: (summary) => {
        rounds.push(summary);
        for (const wake of waiters) wake();
        waiters = [];
      },
      tuning: { interval: { minMs: 60_000, maxMs: 60_000 } },
    });
    /** Resolves once `n` rounds have ended in total. */
    const roundsEnded = async (n: number) => {
      while (rounds.length < n) await new Promise<void>((wake) => waiters.push(wake));
    };
    return { rounds, roundsEnded, kioskWindow };
  }

  it('a successful configuration fetch with an empty outbox sets lastSyncAt and clears the problem', async () => {
    const outbox = memoryOutbox();
    await outbox.setSetting('token', t.token);
    await outbox.setSetting('lastProblem', { code: 'serverBusy', status: 503 });
    const { calls, fetch } = countingFetch();
    const { roundsEnded } = start(outbox, fetch);
    await roundsEnded(1);
    expect(calls).toEqual([KIOSK_CONFIG_PATH]);
    expect(Date.parse(String(outbox.settings.get('lastSyncAt')))).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect(outbox.settings.get('lastProblem')).toBeNull();
  });

  it('"sync now" resolves with the summary of its round, its problem included', async () => {
    const outbox = memoryOutbox([makeBatch(t.version, 2)]);
    const { calls, fetch } = countingFetch();
    const { roundsEnded } = start(outbox, fetch);
    await roundsEnded(1);
    expect(await loop?.syncNow()).toMatchObject({
      outcome: 'unauthorized',
      problem: { code: 'notProvisioned' },
    });
    expect(outbox.settings.get('lastProblem')).toEqual({ code: 'notProvisioned' });
    expect(calls).toEqual([]);

    await outbox.setSetting('token', t.token); // set up now
    const summary = await loop?.syncNow();
    expect(summary).toMatchObject({ outcome: 'done', sentBatches: 1, acknowledged: 2 });
    expect(summary?.problem).toBeUndefined();
    expect(outbox.settings.get('lastProblem')).toBeNull();
    expect(outbox.settings.get('sentTotal')).toBe(2);
  });

  it('after a 401 no batch is sent with the refused token; a new token resumes sending', async () => {
    const refused = (await registerKiosk(t.store, OFFICE)).token;
    const batch = makeBatch(t.version, 3);
    const outbox = memoryOutbox([batch]);
    await outbox.setSetting('token', `${refused}-revoked`);
    const { calls, fetch } = countingFetch();
    const { rounds, roundsEnded, kioskWindow } = start(outbox, fetch);
    await roundsEnded(1);
    expect(rounds[0]?.outcome).toBe('unauthorized');
    // The configuration request already met the 401: the batch is not sent with that token.
    expect(calls).toEqual([KIOSK_CONFIG_PATH]);
    expect(outbox.settings.get('lastProblem')).toEqual({ code: 'unauthorized' });
    expect(rounds[0]?.problem).toEqual({ code: 'unauthorized' });

    // The network comes back three times: each only checks the token, sends nothing.
    for (let i = 0; i < 3; i++) {
      kioskWindow.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    expect(rounds).toHaveLength(1);
    expect(calls).toEqual([KIOSK_CONFIG_PATH]);

    const before = await t.countAnswerSets();
    await outbox.setSetting('token', refused); // the kiosk was set up again
    kioskWindow.dispatchEvent(new Event('online'));
    await roundsEnded(2);
    expect(rounds[1]).toMatchObject({ outcome: 'done', sentBatches: 1, acknowledged: 3 });
    expect(calls.slice(1)).toEqual([KIOSK_CONFIG_PATH, BATCHES_PATH]);
    expect(outbox.pending).toHaveLength(0);
    expect(await t.countAnswerSets()).toBe(before + 3);
    expect(outbox.settings.get('sentTotal')).toBe(3);
    expect(outbox.settings.get('lastProblem')).toBeNull();
  });
});
