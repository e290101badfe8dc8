import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import type { ServerStore } from '../../src/server/store/server-store.ts';
import { ErrorBody } from '../../src/shared/wire-schema.ts';
import { makeBatch, openTestApp, postBatch, type TestApp } from './fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('unexpected failures', () => {
  it('answer 500 with a plain sentence, log the error, and never send a stack', async () => {
    // The real store, except that writing fails the way a full disk would.
    const failing: ServerStore = {
      ...t.store,
      saveBatch: () => Promise.reject(new Error('SQLITE_FULL: database or disk is full')),
    };
    const logs: string[] = [];
    const app = createApp({
      store: failing,
      rateLimiter: createRateLimiter(100),
      bodyLimitBytes: 1 << 20,
      log: (line) => logs.push(line),
    });
    const batch = makeBatch(t.version, 3);
    const res = await postBatch({ ...t, app }, batch);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/SQLITE|\.ts:\d+|at /);
    expect(ErrorBody.parse(JSON.parse(text)).error).toMatch(/Nothing was stored/);
    expect(logs.some((l) => l.includes('SQLITE_FULL'))).toBe(true);
    expect(logs.join('\n')).not.toMatch(/waiting_time|overall/);
  });

  it('health answers 503 when the database is gone', async () => {
    const broken: ServerStore = { ...t.store, ping: () => Promise.reject(new Error('closed')) };
    const app = createApp({
      store: broken,
      rateLimiter: createRateLimiter(100),
      bodyLimitBytes: 1 << 20,
      log: () => {},
    });
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(503);
    expect(ErrorBody.parse(await res.json()).error).toMatch(/database/);
  });
});
