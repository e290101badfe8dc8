import { afterEach, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import { hashToken } from '../../src/server/tokens.ts';
import { expectRejected, makeBatch, openTestApp, postBatch, type TestApp } from './fixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('kiosk token (401)', () => {
  it('refuses a request without a token', async () => {
    t = await openTestApp();
    const { res } = await expectRejected(
      t,
      postBatch(t, makeBatch(t.version), { token: null }),
      401,
    );
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
  });

  it('refuses an unknown token', async () => {
    t = await openTestApp();
    const batch = makeBatch(t.version);
    await expectRejected(t, postBatch(t, batch, { token: 'not-a-kiosk-token' }), 401);
  });

  it('refuses a revoked token, which worked before', async () => {
    t = await openTestApp();
    expect((await postBatch(t, makeBatch(t.version))).status).toBe(201);
    const kiosk = await t.store.findKioskByTokenHash(hashToken(t.token));
    expect(await t.store.revokeKiosk(kiosk?.id ?? -1)).toBe(true);
    const { body } = await expectRejected(t, postBatch(t, makeBatch(t.version)), 401);
    expect(body.error).toMatch(/withdrawn/);
  });

  it('checks the token before the content type and the body', async () => {
    t = await openTestApp();
    const res = await postBatch(t, null, {
      token: null,
      rawBody: 'garbage',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(res.status).toBe(401);
  });
});

describe('content type (415) and size (413)', () => {
  it('refuses a body that is not declared as JSON', async () => {
    t = await openTestApp();
    const batch = makeBatch(t.version);
    const { body } = await expectRejected(
      t,
      postBatch(t, batch, { headers: { 'Content-Type': 'text/plain' } }),
      415,
    );
    expect(body.error).toContain('application/json');
  });

  it('accepts application/json with a charset', async () => {
    t = await openTestApp();
    const batch = makeBatch(t.version);
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    expect((await postBatch(t, batch, { headers })).status).toBe(201);
  });

  it('refuses a body over the limit with 413 before parsing it', async () => {
    t = await openTestApp({ bodyLimitBytes: 2048 });
    const batch = makeBatch(t.version, 40);
    expect(JSON.stringify(batch).length).toBeGreaterThan(2048);
    const { body } = await expectRejected(t, postBatch(t, batch), 413);
    expect(body.error).toContain('2048');
    // Over the limit and not JSON at all: still 413, so the body was never parsed.
    const junk = `{${'x'.repeat(3000)}`;
    await expectRejected(t, postBatch(t, batch, { rawBody: junk }), 413);
  });
});

describe('rate limit (429)', () => {
  it('answers 429 with Retry-After once a kiosk has used up its requests', async () => {
    t = await openTestApp({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await postBatch(t, makeBatch(t.version))).status).toBe(201);
    const { res, body } = await expectRejected(t, postBatch(t, makeBatch(t.version)), 429);
    // 3 per minute refill one request every 20 s (minus the little time the test took).
    const seconds = Number(res.headers.get('Retry-After'));
    expect(seconds).toBeGreaterThanOrEqual(15);
    expect(seconds).toBeLessThanOrEqual(20);
    expect(body.error).toContain(`${seconds} seconds`);
  });

  it('is checked after the token: an unknown kiosk gets 401, not 429', async () => {
    t = await openTestApp({ rateLimitPerMinute: 1 });
    expect((await postBatch(t, makeBatch(t.version))).status).toBe(201);
    expect((await postBatch(t, makeBatch(t.version), { token: 'stranger' })).status).toBe(401);
    expect((await postBatch(t, makeBatch(t.version))).status).toBe(429);
  });
});

describe('createRateLimiter', () => {
  it('refills evenly over the minute and keeps kiosks apart', () => {
    let now = 0;
    const limiter = createRateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take(1).ok).toBe(true);
    expect(limiter.take(1)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take(2).ok).toBe(true);
    now += 999;
    expect(limiter.take(1).ok).toBe(false);
    now += 2;
    expect(limiter.take(1).ok).toBe(true);
    now += 10 * 60_000;
    for (let i = 0; i < 60; i++) expect(limiter.take(1).ok).toBe(true);
    expect(limiter.take(1).ok).toBe(false);
  });
});
