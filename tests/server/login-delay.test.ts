import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginLimiter, FREE_TRIES } from '../../src/server/auth/login-limit.ts';
import { openPostgresStore } from '../../src/server/store/pg-store.ts';
import type { ServerStore } from '../../src/server/store/server-store.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { openTestApp, type TestApp } from './fixtures.ts';

// The growing wait after wrong passwords (login-limit.ts), on the real store with a fake clock.
let t: TestApp;
/** A second connection to the same database: what a second server process has. */
let second: ServerStore;
let now = 0;
beforeAll(async () => {
  t = await openTestApp();
  second = t.databaseUrl ? await openPostgresStore(t.databaseUrl) : openSqliteStore(t.dbPath);
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

describe('login delay per client', () => {
  it('slows the guesser only; staff elsewhere log in at once', async () => {
    const limiter = createLoginLimiter(t.store, () => now);
    for (let i = 0; i < FREE_TRIES + 5; i++) await limiter.take('stranger');
    expect(await limiter.take('stranger')).toMatchObject({ ok: false });
    expect(await limiter.take('evaluator')).toEqual({ ok: true });
    await limiter.succeeded('evaluator');
    // The wait grows with each wrong try (1 s, 2 s, 4 s, …) and ends.
    now += 16 * 60_000;
    expect(await limiter.take('stranger')).toEqual({ ok: true });
  });

  it('forgets a client after a right password', async () => {
    const limiter = createLoginLimiter(t.store, () => now);
    for (let i = 0; i <= FREE_TRIES; i++) await limiter.take('me');
    expect(await limiter.take('me')).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(await limiter.take('me')).toEqual({ ok: true });
    await limiter.succeeded('me');
    expect(await limiter.take('me')).toEqual({ ok: true });
  });

  it('is one count for every server process on the database, not one per process', async () => {
    const first = createLoginLimiter(t.store, () => now);
    const other = createLoginLimiter(second, () => now);
    // Alternating between the processes, as a proxy would: the free tries are shared.
    for (let i = 0; i < FREE_TRIES + 1; i++) {
      expect(await (i % 2 ? other : first).take('guesser'), `try ${i + 1}`).toEqual({ ok: true });
    }
    expect(await first.take('guesser')).toMatchObject({ ok: false });
    expect(await other.take('guesser')).toMatchObject({ ok: false });
  });

  it('a free try read a moment late is still free: tries sent together take the lock in any order', async () => {
    // Each try reads the clock before it waits for the client's row, so one that read the
    // clock first may come second. A free try must not leave a wait behind it (it did: its
    // own time, which the earlier reading is before), or that try got 429 in its free tries.
    let clock = now + 5;
    const limiter = createLoginLimiter(t.store, () => clock);
    expect(await limiter.take('together')).toEqual({ ok: true });
    clock = now;
    for (let i = 1; i < FREE_TRIES + 1; i++) {
      expect(await limiter.take('together'), `try ${i + 1}`).toEqual({ ok: true });
    }
    expect(await limiter.take('together')).toMatchObject({ ok: false });
  });

  it('stores the client only as a hash, and only for an hour after its last wrong try', async () => {
    const limiter = createLoginLimiter(t.store, () => now);
    await limiter.take('192.0.2.44');
    const rows = await t.sql<{ client: string }>('SELECT client FROM login_delays');
    expect(JSON.stringify(rows)).not.toContain('192.0.2.44');
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.client))).toBe(true);
    now += 61 * 60_000;
    await limiter.take('someone else');
    expect(await t.sql('SELECT client FROM login_delays')).toHaveLength(1);
  });
});
