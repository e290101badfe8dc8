import { describe, expect, it } from 'vitest';
import {
  Backoff,
  backoffDelay,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  retryDelay,
} from '../../src/sync/backoff.ts';
import { seededRandom } from '../utils.ts';

const options = { baseMs: 1000, capMs: 60_000 };
const almostOne = 1 - Number.EPSILON;

// Seeded, so the statistical checks below are repeatable.
const seeded = seededRandom;

describe('backoffDelay (full jitter)', () => {
  it('lies between 0 and base·2^attempt', () => {
    for (const attempt of [0, 1, 2, 3, 4, 5]) {
      const ceiling = 1000 * 2 ** attempt;
      expect(backoffDelay(attempt, { ...options, random: () => 0 })).toBe(0);
      expect(backoffDelay(attempt, { ...options, random: () => almostOne })).toBe(ceiling - 1);
      expect(backoffDelay(attempt, { ...options, random: () => 0.5 })).toBe(ceiling / 2);
    }
  });

  it('never exceeds the cap, even after very many failures', () => {
    for (const attempt of [6, 7, 10, 60, 2000]) {
      const delay = backoffDelay(attempt, { ...options, random: () => almostOne });
      expect(delay).toBe(59_999);
      expect(Number.isFinite(delay)).toBe(true);
    }
  });

  it('treats a negative attempt like the first retry', () => {
    expect(backoffDelay(-3, { ...options, random: () => almostOne })).toBe(999);
  });

  it('spreads delays evenly over the whole range (full jitter, not "equal jitter")', () => {
    const random = seeded(42);
    const samples = Array.from({ length: 4000 }, () => backoffDelay(3, { ...options, random }));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...samples)).toBeLessThan(8000);
    // Full jitter: a quarter of the delays fall in the lowest quarter of the range.
    const lowQuarter = samples.filter((d) => d < 2000).length / samples.length;
    expect(lowQuarter).toBeGreaterThan(0.22);
    expect(lowQuarter).toBeLessThan(0.28);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    expect(mean).toBeGreaterThan(3800);
    expect(mean).toBeLessThan(4200);
  });
});

describe('retryDelay', () => {
  const half = { ...options, random: () => 0.5 };
  it('uses the jittered backoff without Retry-After', () => {
    expect(retryDelay(2, undefined, half)).toBe(2000);
  });
  it("honours the server's Retry-After when it asks for longer", () => {
    expect(retryDelay(2, 30_000, half)).toBe(30_000);
    expect(retryDelay(0, 1000, { ...options, random: () => 0 })).toBe(1000);
  });
  it('keeps the longer backoff when Retry-After is shorter', () => {
    expect(retryDelay(5, 1000, half)).toBe(16_000);
  });
  it('may exceed the cap for Retry-After, but clamps absurd values to an hour', () => {
    expect(retryDelay(0, 120_000, half)).toBe(120_000);
    expect(retryDelay(0, 10 * 24 * 3600_000, half)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-06-20T10:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('0', now)).toBe(0);
  });
  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Sat, 20 Jun 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 20 Jun 2026 09:00:00 GMT', now)).toBe(0);
  });
  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('Backoff', () => {
  it('grows with each failure and starts over after a success', () => {
    const backoff = new Backoff({ ...options, random: () => almostOne });
    expect([backoff.nextDelay(), backoff.nextDelay(), backoff.nextDelay()]).toEqual([
      999, 1999, 3999,
    ]);
    expect(backoff.attempts).toBe(3);
    backoff.reset();
    expect(backoff.attempts).toBe(0);
    expect(backoff.nextDelay()).toBe(999);
  });
  it('passes Retry-After through and still counts the failure', () => {
    const backoff = new Backoff({ ...options, random: () => 0 });
    expect(backoff.nextDelay(5000)).toBe(5000);
    expect(backoff.attempts).toBe(1);
  });
});
