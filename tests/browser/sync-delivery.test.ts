import { afterAll, beforeAll, expect, it } from 'vitest';
import { scriptedFaults } from './chaos-faults.ts';
import type { FaultChoice } from './chaos-proxy.ts';
import { describeBrowser } from './harness.ts';
import {
  ALLOWED_COLUMNS,
  answerSetColumns,
  OFFICE,
  type SyncWorld,
  startSyncWorld,
  storedLabels,
} from './sync-fixture/world.ts';

/**
 * The real sync client and the real store in Chromium, against the real
 * endpoint on a temporary SQLite file, with a scripted proxy in between to
 * lose replies on purpose.
 */
describeBrowser('sync delivery against the real endpoint', () => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await startSyncWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const rowCount = () => world.readDb((db) => storedLabels(db).length);

  /** Saves answer sets labelled `${prefix}-1…n` through the real store, in the page. */
  const save = (prefix: string, n: number, version?: string) =>
    world.page.evaluate(
      async ({ prefix, n, version, office }) => {
        const t = window.__urneTest;
        const v = version ?? (await t.surveyVersion());
        for (let i = 1; i <= n; i++) {
          await t.store.saveAnswerSet(t.testAnswerSet(`${prefix}-${i}`, v, office));
        }
      },
      { prefix, n, version, office: OFFICE },
    );

  /** One syncOnce round in the page; `faults` are played by the proxy first. */
  const syncOnce = (
    options: {
      token?: string;
      timeoutMs?: number;
      faults?: FaultChoice[];
      abortAfterMs?: number;
    } = {},
  ) => {
    world.proxy.choose = scriptedFaults([...(options.faults ?? [])]);
    return world.page.evaluate(
      async ({ token, timeoutMs, abortAfterMs }) => {
        const t = window.__urneTest;
        const signal = abortAfterMs === undefined ? undefined : AbortSignal.timeout(abortAfterMs);
        return t.sync.syncOnce({
          store: t.store,
          fetch: (input, init) => fetch(input, init),
          endpoint: location.origin,
          token,
          timeoutMs,
          ...(signal ? { signal } : {}),
        });
      },
      {
        token: options.token ?? world.token,
        timeoutMs: options.timeoutMs ?? 5000,
        abortAfterMs: options.abortAfterMs,
      },
    );
  };

  const pending = () => world.page.evaluate(() => window.__urneTest.store.pendingCount());
  const setting = (key: 'lastSyncAt' | 'lastProblem') =>
    world.page.evaluate((k) => window.__urneTest.store.getSetting(k), key);

  it('201: the batch is stored on the server and leaves the outbox; status is recorded', async () => {
    await save('ok', 5);
    expect(await pending()).toBe(5);
    const summary = await syncOnce();
    expect(summary).toEqual({
      outcome: 'done',
      sentBatches: 1,
      acknowledged: 5,
      duplicates: 0,
      held: 0,
    });
    expect(await pending()).toBe(0);
    expect(world.readDb(storedLabels).sort()).toEqual(['ok-1', 'ok-2', 'ok-3', 'ok-4', 'ok-5']);
    expect(Date.parse(String(await setting('lastSyncAt')))).toBeGreaterThan(Date.now() - 60_000);
    expect(await setting('lastProblem')).toBeNull();
  });

  it('a lost reply keeps the batch; re-sending it gives "duplicate" and stores nothing twice', async () => {
    await save('lost', 3);
    const first = await syncOnce({ faults: [{ fault: 'cut-reply' }] });
    expect(first.outcome).toBe('offline');
    // The server committed, but the kiosk could not know: the batch stays sealed.
    expect(rowCount()).toBe(8);
    expect(await pending()).toBe(3);
    expect(await setting('lastProblem')).toEqual({ code: 'offline' });
    const second = await syncOnce();
    expect(second).toMatchObject({
      outcome: 'done',
      sentBatches: 1,
      duplicates: 1,
      acknowledged: 3,
    });
    expect(await pending()).toBe(0);
    expect(rowCount()).toBe(8);
  });

  it('a request delivered twice by the network is stored once', async () => {
    await save('twice', 2);
    const summary = await syncOnce({ faults: [{ fault: 'twice-parallel' }] });
    expect(summary).toMatchObject({ outcome: 'done', sentBatches: 1, duplicates: 1 });
    expect(rowCount()).toBe(10);
  });

  it('a timeout keeps the batch even though the server stored it; the retry is a duplicate', async () => {
    await save('slow', 2);
    const first = await syncOnce({ timeoutMs: 300, faults: [{ fault: 'delay', delayMs: 800 }] });
    expect(first.outcome).toBe('offline');
    expect(await pending()).toBe(2);
    await expect.poll(rowCount).toBe(12);
    expect(await syncOnce()).toMatchObject({ outcome: 'done', duplicates: 1 });
    expect(rowCount()).toBe(12);
  });

  it('503 and 429 end the round as retry-later, honouring Retry-After, and keep the batch', async () => {
    await save('busy', 1);
    const busy = await syncOnce({ faults: [{ fault: '503' }] });
    expect(busy).toMatchObject({
      outcome: 'retry-later',
      sentBatches: 0,
      problem: { code: 'serverBusy', status: 503 },
    });
    expect(await setting('lastProblem')).toEqual({ code: 'serverBusy', status: 503 });
    const limited = await syncOnce({ faults: [{ fault: '429' }] });
    expect(limited).toMatchObject({ outcome: 'retry-later', retryAfterMs: 1000 });
    expect(await pending()).toBe(1);
    expect(await syncOnce()).toMatchObject({ outcome: 'done', duplicates: 0 });
    expect(rowCount()).toBe(13);
  });

  it('an aborted round stops quietly and keeps the batch', async () => {
    await save('abort', 1);
    const summary = await syncOnce({
      abortAfterMs: 200,
      faults: [{ fault: 'delay', delayMs: 600 }],
    });
    expect(summary.outcome).toBe('stopped');
    expect(await pending()).toBe(1);
    await syncOnce();
    expect(await pending()).toBe(0);
  });

  it('401: stops, keeps every batch, and tells staff why', async () => {
    await save('unauth', 4);
    const before = rowCount();
    const summary = await syncOnce({ token: 'not-a-real-token' });
    expect(summary).toMatchObject({ outcome: 'unauthorized', sentBatches: 0 });
    expect(await pending()).toBe(4);
    expect(await setting('lastProblem')).toEqual({ code: 'unauthorized' });
    expect(rowCount()).toBe(before);
    await syncOnce();
    expect(await pending()).toBe(0);
  });

  it('400: a refused batch is held, never deleted, and the next batch still goes', async () => {
    // Well-formed, but a survey version the server does not know.
    await save('unknown-version', 2, 'ffffffffffffffff');
    await save('good', 3);
    const before = rowCount();
    const summary = await syncOnce();
    expect(summary).toMatchObject({ outcome: 'done', sentBatches: 1, acknowledged: 3, held: 1 });
    expect(rowCount()).toBe(before + 3);
    const held = await world.page.evaluate(() => window.__urneTest.store.heldBatches());
    expect(held).toHaveLength(1);
    expect(held[0]?.batch.answerSets).toHaveLength(2);
    expect(held[0]?.problem).toMatchObject({
      status: 400,
      reason: expect.stringMatching(/does not know version ffffffffffffffff/),
    });
    expect(await setting('lastProblem')).toEqual({
      code: 'held',
      count: 2,
      status: 400,
      reason: expect.stringMatching(/does not know version/),
    });
    // Held answers still count as on the tablet, and later rounds leave them alone.
    expect(await pending()).toBe(2);
    expect(await syncOnce()).toMatchObject({ outcome: 'done', sentBatches: 0, held: 0 });
    expect(await pending()).toBe(2);
  });

  it('the server rows hold exactly the allowed columns and each answer set once', () => {
    const labels = world.readDb(storedLabels);
    expect(new Set(labels).size).toBe(labels.length);
    expect(world.readDb(answerSetColumns)).toEqual(ALLOWED_COLUMNS);
  });

  it('takes provisioning from the address into the real store and cleans the address', async () => {
    const result = await world.page.evaluate(async () => {
      const t = window.__urneTest;
      const url = new URL(
        `${location.origin}/?lang=en&token=abc123&endpoint=${encodeURIComponent('https://urne.example.de/kiosk/')}&office=B%C3%BCrgerb%C3%BCro%20L%C3%BCnen`,
      );
      const cleaned = await t.sync.takeProvisioningFromUrl(url, t.store);
      const untouched = await t.sync.takeProvisioningFromUrl(new URL(location.origin), t.store);
      const config = await t.sync.readSyncConfig(t.store, location.origin);
      const office = await t.store.getSetting('office');
      await t.store.setSetting('endpoint', '');
      await t.store.setSetting('token', '');
      return { cleaned: cleaned?.href, untouched: untouched?.href ?? null, config, office };
    });
    expect(result.cleaned).toBe(`${world.proxy.url}/?lang=en`);
    expect(result.untouched).toBeNull();
    expect(result.config).toEqual({ endpoint: 'https://urne.example.de/kiosk', token: 'abc123' });
    expect(result.office).toBe(OFFICE);
  });
});
