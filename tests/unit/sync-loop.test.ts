import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RoundResult, type SyncLoop, startSyncLoop } from '../../src/sync/sync-loop.ts';
import { seededRandom } from '../utils.ts';

/**
 * The scheduler with fake timers and an injected round: each round is a
 * promise the test settles by hand, so overlap and timing are observable
 * exactly. The round interval's randomness is injected: 0.5 puts each regular
 * round in the middle of 10–30 minutes, at 20 minutes.
 */
class Rounds {
  started = 0;
  running = 0;
  maxRunning = 0;
  signals: AbortSignal[] = [];
  private pending: ((result: RoundResult) => void)[] = [];

  run = (signal: AbortSignal): Promise<RoundResult> => {
    this.started += 1;
    this.running += 1;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    this.signals.push(signal);
    return new Promise((resolve) => {
      const settle = (result: RoundResult) => {
        this.running -= 1;
        resolve(result);
      };
      this.pending.push(settle);
      // Like syncOnce: an aborted round ends quietly.
      signal.addEventListener('abort', () => {
        this.pending = this.pending.filter((p) => p !== settle);
        settle({ outcome: 'stopped' });
      });
    });
  };

  /** Settles the oldest running round and lets the loop react. */
  async finish(result: RoundResult = { outcome: 'done' }): Promise<void> {
    const settle = this.pending.shift();
    if (!settle) throw new Error('no round is running');
    settle(result);
    await vi.advanceTimersByTimeAsync(0);
  }
}

class FakeDocument extends EventTarget {
  visibilityState = 'visible';
}

const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

describe('startSyncLoop', () => {
  let rounds: Rounds;
  let network: EventTarget;
  let page: FakeDocument;
  let loop: SyncLoop | undefined;
  const start = (extra: Partial<Parameters<typeof startSyncLoop>[0]> = {}) => {
    loop = startSyncLoop({
      runRound: rounds.run,
      timers,
      network,
      page,
      interval: { minMs: 600_000, maxMs: 1_800_000 },
      random: () => 0.5,
      backoff: { baseMs: 1000, capMs: 60_000, random: () => 0.5 },
      ...extra,
    });
    return loop;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    rounds = new Rounds();
    network = new EventTarget();
    page = new FakeDocument();
  });
  afterEach(async () => {
    await loop?.stop();
    loop = undefined;
    vi.useRealTimers();
  });

  it('runs a round at start and then after the drawn wait', async () => {
    start();
    expect(rounds.started).toBe(1);
    await rounds.finish();
    await vi.advanceTimersByTimeAsync(1_199_999);
    expect(rounds.started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(rounds.started).toBe(2);
  });

  /** Lets `count` regular rounds run one after another; returns each one's wait after the last. */
  async function waitsOfRounds(count: number): Promise<number[]> {
    const waits: number[] = [];
    for (let i = 0; i < count; i++) {
      await rounds.finish();
      const ended = Date.now();
      await vi.advanceTimersToNextTimerAsync();
      expect(rounds.started).toBe(i + 2);
      waits.push(Date.now() - ended);
    }
    return waits;
  }

  it('draws each regular wait afresh and uniformly from the interval: no beat the server could learn', async () => {
    const min = 600_000;
    const max = 1_800_000;
    start({ interval: { minMs: min, maxMs: max }, random: seededRandom(11) });
    const waits = await waitsOfRounds(400);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(min);
      expect(wait).toBeLessThanOrEqual(max);
    }
    expect(new Set(waits).size).toBeGreaterThan(390);
    // Spread over the whole interval: every sixth of it is hit, none much more than another.
    const sixths = [0, 0, 0, 0, 0, 0];
    for (const wait of waits) {
      const sixth = Math.min(5, Math.floor(((wait - min) / (max - min)) * 6));
      sixths[sixth] = (sixths[sixth] ?? 0) + 1;
    }
    for (const n of sixths) expect(n).toBeGreaterThan(40); // 66.7 expected in each
    expect(Math.min(...waits) - min).toBeLessThan(30_000);
    expect(max - Math.max(...waits)).toBeLessThan(30_000);
  });

  it("takes the interval's ends from the injected randomness, and a fixed beat only when asked", async () => {
    start({ interval: { minMs: 200, maxMs: 600 }, random: () => 0 });
    expect(await waitsOfRounds(3)).toEqual([200, 200, 200]);
    await loop?.stop();
    rounds = new Rounds();
    start({ interval: { minMs: 200, maxMs: 600 }, random: () => 0.999_999_9 });
    expect(await waitsOfRounds(3)).toEqual([600, 600, 600]);
    await loop?.stop();
    rounds = new Rounds();
    start({ interval: { minMs: 300, maxMs: 300 }, random: Math.random });
    expect(await waitsOfRounds(3)).toEqual([300, 300, 300]);
  });

  it('never runs two rounds at once; triggers during a round give exactly one follow-up', async () => {
    const l = start();
    l.syncNow();
    network.dispatchEvent(new Event('online'));
    page.dispatchEvent(new Event('visibilitychange'));
    l.syncNow();
    expect(rounds.started).toBe(1);
    await rounds.finish();
    expect(rounds.started).toBe(2);
    await rounds.finish();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rounds.started).toBe(2);
    expect(rounds.maxRunning).toBe(1);
  });

  it('runs when the network comes back and when the page becomes visible, not when hidden', async () => {
    start();
    await rounds.finish();
    network.dispatchEvent(new Event('online'));
    expect(rounds.started).toBe(2);
    await rounds.finish();
    page.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    expect(rounds.started).toBe(2);
    page.visibilityState = 'visible';
    page.dispatchEvent(new Event('visibilitychange'));
    expect(rounds.started).toBe(3);
  });

  it('retries a failed round after the jittered backoff, growing, and resets after success', async () => {
    start();
    await rounds.finish({ outcome: 'offline' });
    // random 0.5: half of base·2^0 = 500 ms, then 1000 ms, then 2000 ms.
    for (const delay of [500, 1000, 2000]) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      const before = rounds.started;
      await vi.advanceTimersByTimeAsync(1);
      expect(rounds.started).toBe(before + 1);
      await rounds.finish({ outcome: 'retry-later' });
    }
    await vi.advanceTimersByTimeAsync(4000);
    await rounds.finish({ outcome: 'done' });
    network.dispatchEvent(new Event('online'));
    await rounds.finish({ outcome: 'offline' });
    const before = rounds.started;
    await vi.advanceTimersByTimeAsync(500);
    expect(rounds.started).toBe(before + 1);
  });

  it("waits at least the server's Retry-After", async () => {
    start();
    await rounds.finish({ outcome: 'retry-later', retryAfterMs: 30_000 });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(rounds.started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(rounds.started).toBe(2);
  });

  it('does not hammer a failing server: a trigger during a failed round waits for the backoff', async () => {
    const l = start();
    l.syncNow();
    await rounds.finish({ outcome: 'offline' });
    expect(rounds.started).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(rounds.started).toBe(2);
  });

  it("holds every trigger back until the server's Retry-After has passed, then runs one round", async () => {
    start();
    await rounds.finish({ outcome: 'retry-later', retryAfterMs: 60_000 });
    await vi.advanceTimersByTimeAsync(2000);
    page.dispatchEvent(new Event('visibilitychange'));
    // The network "came back": it may cut a backoff short, never the server's Retry-After.
    network.dispatchEvent(new Event('online'));
    page.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(60_000 - 2000 - 1);
    expect(rounds.started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(rounds.started).toBe(2);
    await rounds.finish();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rounds.started).toBe(2);
  });

  it('lets `online` cut a growing backoff short', async () => {
    start();
    await rounds.finish({ outcome: 'offline' }); // next after 500 ms
    await vi.advanceTimersByTimeAsync(500);
    await rounds.finish({ outcome: 'offline' }); // next after 1000 ms
    page.dispatchEvent(new Event('visibilitychange'));
    expect(rounds.started).toBe(2);
    network.dispatchEvent(new Event('online'));
    expect(rounds.started).toBe(3);
  });

  it('staff "sync now" is not held back by a Retry-After', async () => {
    const l = start();
    await rounds.finish({ outcome: 'retry-later', retryAfterMs: 60_000 });
    l.syncNow();
    expect(rounds.started).toBe(2);
  });

  it('after a 401 sends nothing until the token changes; staff may still force one round', async () => {
    let tokenChanged = false;
    let checks = 0;
    const l = start({
      credentialsChanged: async () => {
        checks += 1;
        return tokenChanged;
      },
    });
    await rounds.finish({ outcome: 'unauthorized' });
    for (let i = 0; i < 3; i++) {
      page.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(2000);
    }
    page.dispatchEvent(new Event('visibilitychange'));
    network.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(1_200_000); // the regular round, too, only checks
    expect(rounds.started).toBe(1);
    // Four times visible (online came during the last check) and the timer: local checks only.
    expect(checks).toBe(5);

    l.syncNow(); // staff press "Jetzt senden": one try with the same token
    expect(rounds.started).toBe(2);
    await rounds.finish({ outcome: 'unauthorized' });
    network.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(rounds.started).toBe(2);

    tokenChanged = true; // the kiosk was set up again
    network.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(rounds.started).toBe(3);
    await rounds.finish();
    tokenChanged = false; // accepted now: no check is asked for any more
    network.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(rounds.started).toBe(4);
  });

  it('staff "sync now" during a credentials check still gets its round', async () => {
    let release: (changed: boolean) => void = () => {};
    const l = start({
      credentialsChanged: () =>
        new Promise<boolean>((resolve) => {
          release = resolve;
        }),
    });
    await rounds.finish({ outcome: 'unauthorized' });
    page.dispatchEvent(new Event('visibilitychange')); // starts a check
    l.syncNow();
    expect(rounds.started).toBe(1);
    release(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(rounds.started).toBe(2);
  });

  it('treats a round that throws as a failure and reports the error', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    start({
      runRound: async () => {
        calls += 1;
        throw new Error(`store broken ${calls}`);
      },
      onError: (error) => errors.push(error),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(2);
  });

  it('reports each round to onRound', async () => {
    const seen: RoundResult[] = [];
    start({ onRound: (r) => seen.push(r) });
    await rounds.finish({ outcome: 'retry-later', retryAfterMs: 1000 });
    expect(seen).toEqual([{ outcome: 'retry-later', retryAfterMs: 1000 }]);
  });

  it('stop() aborts the round in flight, removes listeners and timers', async () => {
    const l = start();
    const stopped = l.stop();
    expect(rounds.signals[0]?.aborted).toBe(true);
    await stopped;
    expect(rounds.running).toBe(0);
    network.dispatchEvent(new Event('online'));
    page.dispatchEvent(new Event('visibilitychange'));
    await expect(l.syncNow()).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(rounds.started).toBe(1);
  });

  it('staff "sync now" resolves with the result of its own round', async () => {
    const l = start();
    await rounds.finish();
    const asked = l.syncNow();
    expect(rounds.started).toBe(2);
    await rounds.finish({ outcome: 'retry-later', retryAfterMs: 1000 });
    await expect(asked).resolves.toEqual({ outcome: 'retry-later', retryAfterMs: 1000 });
  });

  it('staff "sync now" during a round hears how that round ended', async () => {
    const l = start();
    const first = l.syncNow();
    const second = l.syncNow();
    await rounds.finish({ outcome: 'offline' });
    await expect(first).resolves.toEqual({ outcome: 'offline' });
    await expect(second).resolves.toEqual({ outcome: 'offline' });
    // The failed round leaves the retry to the backoff: no second round just for staff.
    expect(rounds.started).toBe(1);
  });

  it('staff "sync now" rejects when its round throws', async () => {
    let calls = 0;
    const l = start({
      runRound: async () => {
        calls += 1;
        if (calls === 1) return { outcome: 'done' };
        throw new Error('store broken');
      },
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(0);
    await expect(l.syncNow()).rejects.toThrow('store broken');
  });

  it('tells each listener after every round until it unsubscribes', async () => {
    const l = start();
    const heard: RoundResult[] = [];
    const unsubscribe = l.afterEachRound((r) => heard.push(r));
    await rounds.finish({ outcome: 'offline' });
    await vi.advanceTimersByTimeAsync(500);
    unsubscribe();
    await rounds.finish();
    expect(heard).toEqual([{ outcome: 'offline' }]);
  });
});
